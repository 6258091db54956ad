// HTML articles: rehype-parse, the main content (a configured selector, else
// <article>, else <main>, else <body>) turned into mdast with
// hast-util-to-mdast, every node keeping its line in the HTML file. Metadata
// comes from the page: <h1>/<title>, schema.org JSON-LD, <meta> tags, <time>
// elements, and "Published on … Updated on …" text.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Element, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import type { Article, DateField, LintMessage, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { DateOrder } from '../metadata/dates.js';
import { bodyDates, parseViews, type BodyBlock, type BodyDate } from '../metadata/extract.js';
import type { SourceFile } from './common.js';
import {
  chooseDates,
  dateField,
  emptyMetadata,
  fillPositions,
  makeArticle,
  placeMap,
  sourceMessage,
  SourceFormatError,
  textField,
  type PlaceMap,
} from './common.js';

const documentParser = unified().use(rehypeParse, { fragment: false }).freeze();
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

function parseHtml(text: string, fragment: boolean): HastRoot {
  return (fragment ? fragmentParser : documentParser).parse(text);
}

/** One HTML page → one article. Pure: (file, config) → article. */
export function htmlArticle(file: SourceFile, config: ResolvedConfig): Article {
  const hast = parseHtml(file.text, false);
  const place = placeMap(file.text);
  const order = config.metadata.dateOrder;
  const loadMessages: LintMessage[] = [];

  const body = select('body', hast) ?? undefined;
  const found = findContent(hast, config.sources?.html?.selector, loadMessages, place);
  if (!found?.filled) {
    const at = (body?.position && body.position) ?? lastTagPosition(hast) ?? null;
    const span = at ? { start: at.start, end: at.start } : place.span(0, 0);
    throw new SourceFormatError(
      'the page has no article content (no text in <article>, <main> or <body>); save the page with its body',
      span,
    );
  }
  const content = found.node;
  const tree = hastToTree(content, place);
  const metaElement = metaLookup(hast);

  const metadata = emptyMetadata();
  // Title: the first <h1> of the content, else of the page, else <title>, else og:title.
  const h1 = select('h1', content) ?? select('h1', hast);
  const titleEl = select('head title', hast) ?? select('title', hast);
  const ogTitle = metaElement(['og:title']);
  const titleFrom: Array<[Element | undefined, string, string]> = [
    [h1 ?? undefined, 'html:h1', h1 ? hastToString(h1) : ''],
    [titleEl ?? undefined, 'html:title', titleEl ? hastToString(titleEl) : ''],
    [ogTitle, 'html:meta og:title', String(ogTitle?.properties.content ?? '')],
  ];
  for (const [el, origin, text] of titleFrom) {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (el && clean) {
      metadata.fields.title = textField(origin, clean, spanOf(el, place));
      metadata.title = clean;
      break;
    }
  }

  // Dates, most explicit first: JSON-LD, <meta>, <time>, then the text.
  const jsonLd = jsonLdDates(hast, place, order);
  const meta = (names: string[], origin: string): DateField | undefined => {
    const el = metaElement(names);
    const raw = el ? String(el.properties.content ?? '').trim() : '';
    return el ? dateField(`html:meta ${origin}`, raw, spanOf(el, place), order) : undefined;
  };
  const metaPublished = meta(['article:published_time', 'datePublished', 'date'], 'article:published_time');
  const metaUpdated = meta(['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'], 'article:modified_time');
  const times = timeDates(body ?? hast, place, order);
  const timeRanges = times.all.map((t) => t.range);
  // "Updated on …" text in the content; only when it has none, in the rest of the page
  // (a header above the <article>), so a sidebar of related articles cannot lend its dates.
  const outsideTime = (d: BodyDate) => !timeRanges.some(([a, b]) => d.offset >= a && d.offset <= b);
  let text = config.metadata.bodyDates ? htmlBodyDates(tree, file.text, order, place).filter(outsideTime) : [];
  if (config.metadata.bodyDates && text.length === 0 && body && body !== content) {
    text = htmlBodyDates(hastToTree(body, place), file.text, order, place).filter(outsideTime);
  }
  const textPublished = text.filter((d) => d.kind === 'published').map((d) => d.field);
  const textUpdated = text.filter((d) => d.kind === 'updated').map((d) => d.field);
  chooseDates(
    metadata,
    [jsonLd.published, metaPublished, ...times.published, ...textPublished, ...times.unlabeled],
    [jsonLd.updated, metaUpdated, ...times.updated, ...textUpdated],
  );
  const views = text.find((d) => d.views)?.views;
  if (views) {
    metadata.fields.views = views;
    metadata.views = parseViews(views.raw);
  }

  const section = metaElement(['article:section', 'category']);
  if (section && String(section.properties.content ?? '').trim()) {
    metadata.category = String(section.properties.content).trim();
    metadata.fields.category = textField('html:meta article:section', metadata.category, spanOf(section, place));
  }
  const htmlEl = select('html', hast);
  const lang = htmlEl?.properties.lang ?? metaElement(['og:locale'])?.properties.content;
  if (typeof lang === 'string' && lang.trim()) {
    metadata.locale = lang.trim().replace(/_/g, '-').toLowerCase();
    if (htmlEl?.position) metadata.fields.locale = textField('html:lang', lang, spanOf(htmlEl, place));
  }

  return makeArticle(file, 'html', { tree, metadata, loadMessages });
}

/** Rewrites a parsed fragment before it becomes mdast (Confluence storage macros → plain HTML). */
export type HastTransform = (hast: HastRoot) => void;

/** An HTML fragment (an exported article's body) as mdast, positions in the fragment's own text. */
export function htmlFragmentTree(html: string, transform?: HastTransform): Root {
  const hast = parseHtml(html, true);
  transform?.(hast);
  return hastToTree(hast, placeMap(html));
}

/** The page's main content, and whether it holds any (text or media). */
function findContent(
  hast: HastRoot,
  selector: string | undefined,
  messages: LintMessage[],
  place: PlaceMap,
): { node: Element; filled: boolean } | null {
  if (selector) {
    let found: Element | null;
    try {
      found = select(selector, hast) ?? null;
    } catch (error) {
      throw new SourceFormatError(
        `sources.html.selector "${selector}" is not a CSS selector kblint can use: ${(error as Error).message}`,
        place.span(0, 0),
      );
    }
    if (found) return { node: found, filled: hasContent(found) };
    messages.push(
      sourceMessage(`sources.html.selector "${selector}" matched nothing in this page; linting <article>, <main> or <body> instead.`, place.span(0, 0)),
    );
  }
  // The first candidate with content: an empty <article> placeholder does not hide the page's text.
  const candidates = ['article', 'main', '[role=main]', 'body'].map((s) => select(s, hast)).filter((el): el is Element => !!el);
  const filled = candidates.find(hasContent);
  if (filled) return { node: filled, filled: true };
  return candidates[0] ? { node: candidates[0], filled: false } : null;
}

function hasContent(node: HastRoot | Element): boolean {
  if (hastToString(node).trim() !== '') return true;
  return selectAll('img, video, iframe, table', node).length > 0;
}

function lastTagPosition(hast: HastRoot): Position | undefined {
  let last: Position | undefined;
  visit(hast, (node) => {
    if (node.position) last = node.position;
  });
  return last;
}

/** hast (an element or a root) → an mdast root whose every node has a position. */
function hastToTree(node: HastRoot | Element, place: PlaceMap): Root {
  const root: HastRoot =
    node.type === 'root' ? node : { type: 'root', children: [node as HastContent], position: node.position };
  const converted = toMdast(root) as Nodes;
  const tree: Root = converted.type === 'root' ? converted : { type: 'root', children: [converted as RootContent] };
  const start = root.position?.start ?? firstPosition(root)?.start ?? place.point(0);
  const end = root.position?.end ?? start;
  const fallback: Position = { start: { ...start }, end: { ...end } };
  if (root.position) tree.position = { start: { ...root.position.start }, end: { ...root.position.end } };
  fillPositions(tree, fallback);
  return tree;
}

function firstPosition(root: HastRoot): Position | undefined {
  let found: Position | undefined;
  visit(root, (n: HastNodes) => {
    if (found) return SKIP;
    if (n.position && n.type !== 'root') found = n.position;
    return undefined;
  });
  return found;
}

function spanOf(el: { position?: Position }, place: PlaceMap): Span {
  const p = el.position;
  if (!p) return place.span(0, 0);
  return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
}

/** The page's `<meta>` tags, read once: a lookup of the first one (in page order) named any of `names`. */
function metaLookup(hast: HastRoot): (names: string[]) => Element | undefined {
  const metas = selectAll('meta', hast).flatMap((el) => {
    const { property, name, itemProp } = el.properties;
    const key = String(property ?? name ?? itemProp ?? '').toLowerCase();
    return key !== '' && el.properties.content !== undefined ? [{ key, el }] : [];
  });
  return (names) => {
    const wanted = names.map((n) => n.toLowerCase());
    return metas.find((m) => wanted.includes(m.key))?.el;
  };
}

/** `datePublished` / `dateModified` from schema.org JSON-LD, located at the value in the script. */
function jsonLdDates(hast: HastRoot, place: PlaceMap, order: DateOrder): { published?: DateField; updated?: DateField } {
  const out: { published?: DateField; updated?: DateField } = {};
  for (const script of selectAll('script', hast)) {
    const type = String(script.properties.type ?? '').toLowerCase();
    if (type !== 'application/ld+json') continue;
    const textNode = script.children[0];
    if (!textNode || textNode.type !== 'text' || textNode.position?.start.offset === undefined) continue;
    const base = textNode.position.start.offset;
    let data: unknown;
    try {
      data = JSON.parse(textNode.value);
    } catch {
      continue;
    }
    for (const [key, kind] of [['datePublished', 'published'], ['dateModified', 'updated']] as const) {
      if (out[kind]) continue;
      const value = findKey(data, key);
      if (typeof value !== 'string') continue;
      const at = textNode.value.search(new RegExp(`"${key}"\\s*:\\s*"`));
      const valueStart = at === -1 ? 0 : textNode.value.indexOf('"', textNode.value.indexOf(':', at)) + 1;
      out[kind] = dateField(`html:json-ld ${key}`, value.trim(), place.span(base + valueStart, base + valueStart + value.length), order);
    }
  }
  return out;
}

function findKey(data: unknown, key: string, depth = 0): unknown {
  if (depth > 8 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findKey(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (key in record) return record[key];
  for (const value of Object.values(record)) {
    const found = findKey(value, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const PUBLISHED_LABEL = /(?:published|posted|created)(?:\s+on)?\s*:?\s*$/i;
const UPDATED_LABEL = /(?:updated|modified|reviewed)(?:\s+on)?\s*:?\s*$/i;

interface TimeDates {
  published: DateField[];
  updated: DateField[];
  /** `<time datetime>` outside prose with no label: a published date when nothing else says so. */
  unlabeled: DateField[];
  all: Array<{ range: [number, number] }>;
}

/** `<time datetime>` elements: labelled by itemprop, class, or the text right before them. */
function timeDates(root: HastRoot | Element, place: PlaceMap, order: DateOrder): TimeDates {
  const out: TimeDates = { published: [], updated: [], unlabeled: [], all: [] };
  visit(root, 'element', (el: Element, index, parent) => {
    if (el.tagName !== 'time') return;
    const datetime = el.properties.dateTime;
    if (typeof datetime !== 'string' || datetime.trim() === '') return;
    const start = el.position?.start.offset;
    const end = el.position?.end.offset;
    if (start !== undefined && end !== undefined) out.all.push({ range: [start, end] });
    const field = dateField('html:time', datetime.trim(), spanOf(el, place), order);
    const hints = [el.properties.itemProp, el.properties.className, el.properties.id].flat().join(' ').toLowerCase();
    let before = '';
    if (parent && index !== undefined) {
      for (let i = index - 1; i >= 0 && before.length < 40; i--) {
        const sibling = parent.children[i] as HastNodes;
        before = hastToString(sibling) + before;
      }
    }
    if (/publish|posted|created/.test(hints) || PUBLISHED_LABEL.test(before)) out.published.push(field);
    else if (/modif|updat|review/.test(hints) || UPDATED_LABEL.test(before)) out.updated.push(field);
    else if (!parent || !('tagName' in parent) || !['p', 'li', 'td', 'th', 'dd', 'blockquote'].includes(parent.tagName)) {
      out.unlabeled.push({ ...field, origin: 'html:time' });
    }
  });
  return out;
}

/**
 * "Published on … Updated on …" in the page text. Text is gathered per block;
 * each character is mapped back to the HTML source, across collapsed
 * whitespace, entities and inline tags, so the date's line is exact.
 */
function htmlBodyDates(tree: Root, source: string, order: DateOrder, place: PlaceMap): BodyDate[] {
  return bodyDates(tree, order, (block) => {
    const { text, offsets } = flattenBlock(block, source);
    const locate = (start: number, end: number) => {
      const a = offsets[start];
      const b = offsets[Math.max(start, end - 1)];
      return a === undefined || b === undefined ? null : { span: place.span(a, b + 1), offset: a };
    };
    return { text, locate };
  });
}

function flattenBlock(block: BodyBlock, source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const map = start !== undefined && end !== undefined ? alignText(node.value, source, start, end) : [];
        for (let i = 0; i < node.value.length; i++) offsets.push(map[i] ?? start ?? 0);
        text += node.value;
      } else if (node.type === 'break') {
        offsets.push(node.position?.start.offset ?? offsets.at(-1) ?? 0);
        text += '\n';
      } else if ('children' in node) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(block.children as RootContent[]);
  return { text, offsets };
}

/** Map each character of a (whitespace-collapsed, entity-decoded) text value to its offset in the HTML source. */
export function alignText(value: string, source: string, start: number, end: number): number[] {
  const out: number[] = [];
  let j = start;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    // Skip markup between merged text runs.
    while (j < end && source[j] === '<' && c !== '<') {
      const close = source.indexOf('>', j);
      if (close === -1 || close >= end) break;
      j = close + 1;
    }
    if (isSpace(c)) {
      out.push(Math.min(j, end));
      if (isSpace(source[j])) while (j < end && isSpace(source[j])) j++;
      continue;
    }
    while (j < end && isSpace(source[j])) j++;
    out.push(Math.min(j, end));
    if (source[j] === '&' && c !== '&') {
      const semi = source.indexOf(';', j);
      j = semi !== -1 && semi - j <= 32 ? semi + 1 : j + 1;
    } else if (source[j] === '&' && c === '&' && /^&amp;/i.test(source.slice(j, j + 5))) {
      j += 5;
    } else {
      j++;
    }
  }
  return out;
}

