// What every help-center platform's JSON export shares: one parse that keeps
// where each value is, a located error for a cut-off or broken file, and one
// builder that turns a platform's field map (a `Draft`) into the Article every
// rule reads, with the title, dates, body and locale pointing at the article's
// lines in the export file. Each platform only says which JSON fields hold what
// (src/sources/platforms/*). Pure functions.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point as UnistPoint, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { Article, DateField, LintMessage, SourceKind } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { parseDateText, toDateField } from '../metadata/dates.js';
import { parseViews } from '../metadata/extract.js';
import { OversizedTableError, parseMarkdown, tableLimits } from './markdown.js';
import type { SourceFile } from './common.js';
import { htmlFragmentTree, type HastTransform } from './html.js';
import { decodeJsonString, JsonSyntaxError, parseJson, type JsonNode } from './json-positions.js';
import { chooseDates, EmptySourceError, emptyMetadata, makeArticle, placeMap, sourceMessage, SourceFormatError, textField, titleHeading, type PlaceMap } from './common.js';
import { normalizeLocale } from './locale.js';

export type JsonObject = Extract<JsonNode, { type: 'object' }>;

/** A JSON field of a record, with its name (for `origin`) and its node (for the span). */
export interface FieldRef {
  name: string;
  node: JsonNode;
}

/** A string field that holds the article's body, and how to read it. */
export type BodyRef = FieldRef & { format: 'html' | 'markdown'; transform?: HastTransform };

/** One article as a platform's field map found it; `buildArticle` makes the Article. */
export interface Draft {
  /** The record object: a finding without a better place is at its start. */
  record: JsonObject;
  /** The platform's id as written (long numbers are not rounded), or null. */
  id: string | null;
  /** Added to the key (`<id>-<suffix>`): a translation's locale. */
  keySuffix?: string;
  title?: FieldRef;
  /** The body's fields, in reading order (a Salesforce article may keep it in several rich-text fields). */
  bodies?: BodyRef[];
  /** Candidates in order of preference; the first readable one wins. */
  published: Array<FieldRef | undefined>;
  updated: Array<FieldRef | undefined>;
  /** A locale field of the record, or one given by the platform's structure (a `translated_content` key). */
  locale?: { name: string; value: string; node: JsonNode };
  views?: FieldRef;
  category?: { name: string; value: string; node: JsonNode };
  /** Everything kept as the article's "frontmatter" (rules group translations with `id`, `source_id`, `source_locale`). */
  frontmatter: Record<string, unknown>;
  messages?: LintMessage[];
}

/** A JSON text parsed with positions, its plain value (for detection), and a place map. */
export interface ParsedExport {
  file: SourceFile;
  root: JsonNode;
  place: PlaceMap;
}

/** Parse an export file; a syntax error becomes a located SourceFormatError (a cut-off export says where it stops). */
export function parseExport(file: SourceFile): ParsedExport {
  const place = placeMap(file.text);
  try {
    return { file, root: parseJson(file.text), place };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = place.point(error.offset);
    // The object that was cut off: the article (depth 3: root › list › article) if there is one.
    const opened = error.open[2] ?? error.open.at(-1);
    const where = opened !== undefined ? `; the unfinished ${file.text[opened] === '[' ? 'list' : 'object'} starts at line ${place.point(opened).line}` : '';
    const message = error.truncated
      ? `the JSON export is cut off at line ${at.line} (${error.message}${where}); export it again or complete the file`
      : `invalid JSON at line ${at.line}, column ${at.column}: ${error.message}`;
    throw new SourceFormatError(message, { start: at, end: at });
  }
}

/** The member `key` of an object node; `a.b.c` walks nested objects. */
export function field(node: JsonNode | undefined, dotted: string): JsonNode | undefined {
  let current = node;
  for (const key of dotted.split('.')) {
    if (current?.type !== 'object') return undefined;
    current = current.members.find((m) => m.key === key)?.value;
  }
  return current;
}

/** A string field as an HTML body, when present. */
export function htmlBody(record: JsonNode, dotted: string, transform?: HastTransform): BodyRef[] {
  const found = ref(record, dotted);
  return found ? [{ ...found, format: 'html', ...(transform ? { transform } : {}) }] : [];
}

/** A field as a FieldRef when it is present and not null. */
export function ref(record: JsonNode, dotted: string): FieldRef | undefined {
  const node = field(record, dotted);
  return node && node.type !== 'null' ? { name: dotted, node } : undefined;
}

/** The first of several fields that is a non-empty string. */
export function firstString(record: JsonNode, names: readonly string[]): FieldRef | undefined {
  for (const name of names) {
    const node = field(record, name);
    if (node?.type === 'string' && node.value.trim() !== '') return { name, node };
  }
  return undefined;
}

/** A scalar as written in the file: numbers keep their digits (ids beyond 2^53). */
export function scalarText(text: string, node: JsonNode | undefined): string | null {
  if (!node) return null;
  if (node.type === 'number') return text.slice(node.start, node.end);
  if (node.type === 'string') return node.value;
  return null;
}

/** A JSON value as plain data (for front matter and detection). */
export function plain(node: JsonNode): unknown {
  if (node.type === 'object') return Object.fromEntries(node.members.map((m) => [m.key, plain(m.value)]));
  if (node.type === 'array') return node.items.map(plain);
  return node.value;
}

/** The record's fields as front matter, without the ones named (bodies are large and not metadata). */
export function recordFrontmatter(record: JsonObject, skip: readonly string[]): Record<string, unknown> {
  const frontmatter: Record<string, unknown> = {};
  for (const m of record.members) if (!skip.includes(m.key)) frontmatter[m.key] = plain(m.value);
  return frontmatter;
}

/**
 * Turn every record of an export into an Article: keys unique in the file,
 * entries that are not objects skipped with a located warning, an export
 * without articles a located error.
 */
export function exportArticles(
  parsed: ParsedExport,
  kind: SourceKind,
  records: JsonNode[],
  toDrafts: (record: JsonObject, index: number) => Draft[],
  config: ResolvedConfig,
  listName: string,
  /** Where the list starts (an empty export is reported there). */
  listStart: number = parsed.root.start,
): Article[] {
  const { place } = parsed;
  const articles: Article[] = [];
  const seen = new Set<string>();
  const skipped: number[] = [];
  records.forEach((record, index) => {
    if (record.type !== 'object') {
      skipped.push(record.start);
      return;
    }
    for (const draft of toDrafts(record, index)) articles.push(buildArticle(parsed, kind, draft, index, config, seen));
  });
  if (articles.length === 0) {
    const at = skipped[0] ?? listStart;
    if (skipped.length > 0) throw new SourceFormatError(`the ${listName} holds no article objects`, place.span(at, at));
    // An empty page of a paginated export: a warning about the file, not a failure to read it.
    throw new EmptySourceError(`The export holds no articles (an empty ${listName}): nothing to lint in it.`, place.span(at, at));
  }
  if (skipped.length > 0) {
    const n = skipped.length;
    articles[0]!.loadMessages.push(
      sourceMessage(`${n} entr${n === 1 ? 'y' : 'ies'} of the ${listName} ${n === 1 ? 'is' : 'are'} not an article object and ${n === 1 ? 'was' : 'were'} skipped.`, place.span(skipped[0]!, skipped[0]!)),
    );
  }
  return articles;
}

function buildArticle(parsed: ParsedExport, kind: SourceKind, draft: Draft, index: number, config: ResolvedConfig, seen: Set<string>): Article {
  const { file, place } = parsed;
  const origin = (name: string) => `${kind}:${name}`;
  const loadMessages: LintMessage[] = [...(draft.messages ?? [])];
  const articleStart = place.point(draft.record.start);

  let key = draft.id ?? `article-${index + 1}`;
  if (draft.keySuffix) key = `${key}-${normalizeLocale(draft.keySuffix)}`;
  if (seen.has(key) && draft.locale) key = `${key}-${normalizeLocale(draft.locale.value)}`;
  while (seen.has(key)) key = `${key}-${index + 1}`;
  seen.add(key);
  if (draft.id === null) {
    loadMessages.push(sourceMessage(`This article has no "id"; it is reported as "${key}".`, { start: articleStart, end: articleStart }));
  }

  const metadata = emptyMetadata();
  const children: RootContent[] = [];
  const title = draft.title?.node;
  if (title?.type === 'string' && title.value.trim()) {
    children.push(titleHeading(metadata, origin(draft.title!.name), title.value.trim(), place.span(title.start, title.end)));
  }
  for (const body of draft.bodies ?? []) {
    if (body.node.type === 'string' && body.node.value.trim() !== '') {
      children.push(...bodyTree(file.text, body.node.start, place, body.format, body.transform, config).children);
    }
  }

  const date = (candidate: FieldRef | undefined): DateField | undefined =>
    candidate ? exportDate(origin(candidate.name), candidate.node, file.text, place, config) : undefined;
  chooseDates(metadata, draft.published.map(date), draft.updated.map(date));

  if (draft.views) {
    const raw = scalarText(file.text, draft.views.node);
    const views = raw === null ? null : parseViews(raw);
    if (raw !== null && views !== null) {
      metadata.views = views;
      metadata.fields.views = textField(origin(draft.views.name), raw, place.span(draft.views.node.start, draft.views.node.end));
    }
  }
  if (draft.category && draft.category.value.trim()) {
    metadata.category = draft.category.value.trim();
    metadata.fields.category = textField(origin(draft.category.name), metadata.category, place.span(draft.category.node.start, draft.category.node.end));
  }
  if (draft.locale && draft.locale.value.trim()) {
    metadata.locale = normalizeLocale(draft.locale.value);
    metadata.fields.locale = textField(origin(draft.locale.name), draft.locale.value, place.span(draft.locale.node.start, draft.locale.node.end));
  }

  const tree: Root = { type: 'root', children, position: { start: articleStart, end: place.point(draft.record.end) } };
  return makeArticle(file, kind, { tree, metadata, key, frontmatter: draft.frontmatter, loadMessages });
}

/** Unix times above this are milliseconds, not seconds (1e11 s is the year 5138). */
const MILLISECONDS_FROM = 1e11;

/**
 * A date field: ISO text keeps its date part as written (no local time zone
 * shifts it); a number is Unix seconds (or milliseconds), read in UTC.
 */
export function exportDate(origin: string, node: JsonNode, text: string, place: PlaceMap, config: ResolvedConfig): DateField | undefined {
  if (node.type === 'null') return undefined;
  const span = place.span(node.start, node.end);
  const raw = node.type === 'string' ? node.value.trim() : text.slice(node.start, node.end);
  if (node.type === 'number') {
    if (!Number.isFinite(node.value) || node.value <= 0) {
      return toDateField(origin, raw, span, { ok: false, reason: `${raw} is not a Unix time kblint can read` });
    }
    const ms = node.value >= MILLISECONDS_FROM ? node.value : node.value * 1000;
    const day = new Date(ms);
    if (Number.isNaN(day.getTime())) return toDateField(origin, raw, span, { ok: false, reason: `${raw} is not a Unix time kblint can read` });
    return toDateField(origin, raw, span, parseDateText(day.toISOString().slice(0, 10)));
  }
  return toDateField(origin, raw, span, parseDateText(raw, config.metadata.dateOrder));
}

/** A body string (HTML or Markdown) as mdast, every position moved from the decoded string to the JSON file. */
function bodyTree(text: string, stringStart: number, place: PlaceMap, format: 'html' | 'markdown', transform: HastTransform | undefined, config: ResolvedConfig): Root {
  const { value, offsets } = decodeJsonString(text, stringStart);
  const fileOffset = (offset: number) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))]!;
  let tree: Root;
  try {
    tree = format === 'markdown' ? parseMarkdown(value, tableLimits(config)) : htmlFragmentTree(value, transform);
  } catch (error) {
    if (!(error instanceof OversizedTableError)) throw error;
    const at = fileOffset(error.offset);
    throw new OversizedTableError(error.message, place.span(at, at + 1), at);
  }
  const inBody = location(value);
  const move = (p: UnistPoint): UnistPoint => {
    const offset = p.offset ?? inBody.toOffset(p) ?? 0;
    const fileOffset = offsets[Math.max(0, Math.min(offset, offsets.length - 1))]!;
    return place.point(fileOffset);
  };
  const moved = new WeakSet<Position>();
  visit(tree, (node: Nodes) => {
    const position = node.position;
    if (!position || moved.has(position)) return;
    node.position = { start: move(position.start), end: move(position.end) };
    moved.add(node.position);
  });
  // A Markdown body's own front matter would read as article metadata; it is text of the body here.
  if (format === 'markdown') tree.children = tree.children.filter((c) => c.type !== 'yaml');
  return tree;
}
