// Helpers every non-Markdown source shares: metadata built field by field,
// date fields parsed as written, and mdast positions filled in where a
// converter left them out. Pure functions only.
import type { Heading, Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import type { Article, ArticleMetadata, DateField, LintMessage, MetadataField, SourceKind, Span } from '../model/types.js';
import { parseDateText, toDateField, type DateOrder } from '../metadata/dates.js';
import { KBLINT_REPOSITORY } from '../model/version.js';

/** Messages about a source's format (a listing count that is off, a selector that matched nothing). */
export const SOURCE_FORMAT_ID = 'source-format';
/** Where the messages kblint itself reports (not rules) are documented. */
export const CORE_DOCS = `${KBLINT_REPOSITORY}#core-messages`;

/** A file that was read but cannot be turned into articles; `span` says where. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/**
 * A file in a source's format that holds no articles (an empty page of a
 * paginated export): a warning about the file, not a failure to read it.
 */
export class EmptySourceError extends SourceFormatError {
  override name = 'EmptySourceError';
}

/** What a source found in a file; the rest of the Article comes from the file itself. */
export interface ArticleParts {
  tree: Root;
  metadata: ArticleMetadata;
  /** Tells articles of one file apart; the file's path when it holds one article. */
  key?: string;
  frontmatter?: Record<string, unknown> | null;
  frontmatterError?: Article['frontmatterError'];
  loadMessages?: LintMessage[];
}

/** The Article every rule reads: plain data, so it can cross from a worker by structured clone. */
/** One file as the readers get it. */
export interface SourceFile {
  /** Relative to the cwd, forward slashes. */
  path: string;
  absolutePath: string;
  text: string;
}

export function makeArticle(file: SourceFile, kind: SourceKind, parts: ArticleParts): Article {
  return {
    path: file.path,
    absolutePath: file.absolutePath,
    kind,
    key: parts.key ?? file.path,
    source: file.text,
    tree: parts.tree,
    frontmatter: parts.frontmatter ?? null,
    frontmatterError: parts.frontmatterError ?? null,
    metadata: parts.metadata,
    loadMessages: parts.loadMessages ?? [],
  };
}

/** An article's title as its H1 heading (at `span`) and as its `title` metadata field. */
export function titleHeading(metadata: ArticleMetadata, origin: string, title: string, span: Span): Heading {
  metadata.title = title;
  metadata.fields.title = textField(origin, title, span);
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: title, position: span }], position: span };
}

export function emptyMetadata(): ArticleMetadata {
  return {
    title: null,
    published: null,
    updated: null,
    views: null,
    category: null,
    locale: null,
    fields: {},
    dateFields: [],
  };
}

export function dateField(origin: string, raw: string, span: Span, order: DateOrder): DateField {
  return toDateField(origin, raw, span, parseDateText(raw, order));
}

export function textField(origin: string, raw: string, span: Span): MetadataField {
  return { origin, raw, span };
}

/** Fill `published`/`updated` from the first readable field of each kind, in the order given. */
export function chooseDates(
  metadata: ArticleMetadata,
  published: Array<DateField | undefined>,
  updated: Array<DateField | undefined>,
): void {
  const pick = (list: Array<DateField | undefined>) => list.find((f) => f?.value) ?? list.find((f) => f !== undefined);
  const p = pick(published);
  const u = pick(updated);
  for (const field of [...published, ...updated]) {
    if (field && !metadata.dateFields.includes(field)) metadata.dateFields.push(field);
  }
  if (p) {
    metadata.fields.published = p;
    metadata.published = p.value;
  }
  if (u) {
    metadata.fields.updated = u;
    metadata.updated = u.value;
  }
}

/** Maps offsets of a text to 1-based line/column points. */
export interface PlaceMap {
  point(offset: number): { line: number; column: number; offset: number };
  span(start: number, end: number): Span;
}

export function placeMap(text: string): PlaceMap {
  const place = location(text);
  const point = (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const p = place.toPoint(clamped);
    if (p) return { line: p.line, column: p.column, offset: clamped };
    // The end of the text: one past the last character.
    const lines = text.split(/\r?\n|\r/);
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: clamped };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}

/**
 * Give every node a position: converters (hast-util-to-mdast) leave some out,
 * e.g. implicit paragraphs. A parent without one spans its children; a leaf
 * without one takes its parent's start.
 */
export function fillPositions(tree: Root, fallback: Position): void {
  const fill = (node: Nodes, parentPosition: Position): void => {
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    for (const child of children) fill(child, node.position ?? parentPosition);
    if (!node.position) {
      const placed = children.filter((c) => c.position);
      const first = placed[0]?.position;
      const last = placed.at(-1)?.position;
      node.position =
        first && last
          ? { start: { ...first.start }, end: { ...last.end } }
          : { start: { ...parentPosition.start }, end: { ...parentPosition.start } };
    }
  };
  // Children first, so parents can span them; the root keeps its own if set.
  for (const child of tree.children) fill(child, tree.position ?? fallback);
  if (!tree.position) {
    const first = tree.children[0]?.position;
    const last = tree.children.at(-1)?.position;
    tree.position = first && last ? { start: { ...first.start }, end: { ...last.end } } : fallback;
  }
}

/** A located message about the source's format, reported with the article. */
export function sourceMessage(message: string, span: Span, severity: LintMessage['severity'] = 'warning'): LintMessage {
  return {
    ruleId: SOURCE_FORMAT_ID,
    severity,
    message,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    url: CORE_DOCS,
  };
}

/** A short, URL-safe key for one of several articles in a file. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (slug.length > max ? slug.slice(0, max).replace(/-+[^-]*$/, '') || slug.slice(0, max) : slug) || 'untitled';
}

/** Quote article text in a message: one line, shortened. */
export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}
