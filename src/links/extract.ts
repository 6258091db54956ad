// What the link rules read from an article: every link target as written (with
// where it is), and every anchor a fragment may point at. Pure functions of the tree.
import type { Root, Html, Definition, Heading, Image, Link } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Span } from '../model/types.js';
import { walkTree, type TreeWalk } from '../sources/walk.js';
import { createSlugger, type SluggerConfig } from './slugger.js';

export interface LinkOccurrence {
  /** The target as written (mdast has decoded escapes and character references). */
  url: string;
  kind: 'link' | 'image' | 'definition' | 'html';
  /** Where to report: the link, image or definition, or the URL inside raw HTML (plain data: it crosses threads). */
  span?: Span;
}

const HTML_URL_ATTRIBUTE = /<(?:a|img|area|link|source|iframe)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const HTML_ID_ATTRIBUTE = /<[a-z][\w-]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const CUSTOM_HEADING_ID = /\s*\{#([^}\s]+)\}\s*$/;

/** Every link target in the article: inline links and images, definitions, and raw HTML href/src. */
export function collectLinks(tree: Root): LinkOccurrence[] {
  return linksOf(walkTree(tree).targets);
}

/** The link targets written in these nodes (links, images, definitions, raw HTML), in their order. */
export function linksOf(targets: Iterable<Link | Image | Definition | Html>): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  for (const node of targets) {
    if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_URL_ATTRIBUTE)) {
        const value = match[1] ?? match[2] ?? match[3] ?? '';
        const offset = match.index + match[0].length - value.length - (match[1] !== undefined || match[2] !== undefined ? 1 : 0);
        found.push({ url: decodeEntities(value), kind: 'html', span: spanIn(node, offset, value.length) });
      }
    } else {
      found.push({ url: node.url, kind: node.type, span: spanOf(node) });
    }
  }
  return found;
}

/** The anchors of a page: heading ids as `slugger` (links.slugger; GitHub's by default) makes them, `{#custom}` ids and HTML ids. */
export function collectAnchors(tree: Root, slugger: SluggerConfig | undefined = undefined): Set<string> {
  // Any tree, however deep (a link target that is not linted itself): unist-util-visit rather than the bounded walk.
  const nodes: Array<Heading | Html> = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'html') nodes.push(node);
  });
  return anchorsOf(nodes, slugger);
}

/** The anchors these headings and raw HTML nodes define; headings in document order (slugs count repeats). */
export function anchorsOf(nodes: Iterable<Heading | Html>, slugger: SluggerConfig | undefined = undefined): Set<string> {
  const anchors = new Set<string>();
  const page = createSlugger(slugger);
  for (const node of nodes) {
    if (node.type === 'heading') {
      const text = toString(node);
      const custom = CUSTOM_HEADING_ID.exec(text);
      if (custom) anchors.add(custom[1]!);
      for (const id of page.slugs(custom ? text.slice(0, custom.index) : text)) anchors.add(id);
      // docfx / Microsoft Learn tabs: a heading `# [Windows](#tab/windows)` defines the tab `tab/windows`.
      for (const child of node.children) if (child.type === 'link' && child.url.startsWith('#tab/')) anchors.add(child.url.slice(1));
    } else {
      for (const id of htmlIds(node.value)) anchors.add(id);
    }
  }
  return anchors;
}

export function htmlIds(html: string): string[] {
  return [...html.matchAll(HTML_ID_ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}

/** Definitions no reference uses (by normalised label). */
export function unusedDefinitions(tree: Root): Definition[] {
  return unusedOf(walkTree(tree));
}

/** The walk's definitions that none of its references use. */
export function unusedOf(walk: Pick<TreeWalk, 'definitions' | 'referenced'>): Definition[] {
  return walk.definitions.filter((d) => !walk.referenced.has(d.identifier.toLowerCase()));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function spanOf(node: Node): Span | undefined {
  const p = node.position;
  return p ? { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } } : undefined;
}

function spanIn(node: Html, offset: number, length: number): Span | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const at = (index: number) => {
    const before = node.value.slice(0, index);
    const lines = before.split('\n');
    return lines.length === 1
      ? { line: start.line, column: start.column + index }
      : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
  };
  return { start: at(offset), end: at(offset + length) };
}
