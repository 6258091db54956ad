// What the link rules read from an article: every link target as written (with
// where it is), and every anchor a fragment may point at. Pure functions of the tree.
import GithubSlugger from 'github-slugger';
import type { Root, Html, Definition } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Span } from '../model/types.js';

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
  const found: LinkOccurrence[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image') {
      found.push({ url: node.url, kind: node.type, span: spanOf(node) });
    } else if (node.type === 'definition') {
      found.push({ url: node.url, kind: 'definition', span: spanOf(node) });
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_URL_ATTRIBUTE)) {
        const value = match[1] ?? match[2] ?? match[3] ?? '';
        const offset = match.index + match[0].length - value.length - (match[1] !== undefined || match[2] !== undefined ? 1 : 0);
        found.push({ url: decodeEntities(value), kind: 'html', span: spanIn(node, offset, value.length) });
      }
    }
  });
  return found;
}

/** Anchors a `#fragment` may name: GitHub-style heading slugs (reset per document), `{#custom}` ids and HTML id/name. */
export function collectAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      const custom = CUSTOM_HEADING_ID.exec(text);
      if (custom) anchors.add(custom[1]!);
      anchors.add(slugger.slug(custom ? text.slice(0, custom.index) : text));
    } else if (node.type === 'html') {
      for (const id of htmlIds(node.value)) anchors.add(id);
    }
  });
  return anchors;
}

export function htmlIds(html: string): string[] {
  return [...html.matchAll(HTML_ID_ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}

/** Definitions no reference uses (by normalised label). */
export function unusedDefinitions(tree: Root): Definition[] {
  const used = new Set<string>();
  const definitions: Definition[] = [];
  visit(tree, (node) => {
    if (node.type === 'linkReference' || node.type === 'imageReference') used.add(node.identifier.toLowerCase());
    else if (node.type === 'definition') definitions.push(node);
  });
  return definitions.filter((d) => !used.has(d.identifier.toLowerCase()));
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
