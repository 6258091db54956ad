// Listing exports: the plain text of a help center's search or category page.
// For each article a title line, then a snippet line that ends with
// `Published on <date>Updated on <date>`, glued to the view count and to the
// next article's title:
//
//   Reset your password
//   Open the sign-in page and choose Forgot password.Published on Mar 2, 2025Updated on Feb 5, 202612Next title
//
// A trailing `Showing 1-12 of 12 articles` is checked against the entries
// found. Every entry becomes an Article whose nodes and metadata point at its
// lines of the listing file. Pure: (file, config) → articles.
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Article, DateField, LintMessage, MetadataField, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { findBodyDates, toDateField, type BodyDateMatch } from '../metadata/dates.js';
import type { SourceFile } from './common.js';
import { LISTING_FOOTER_SOURCE } from './detect.js';
import {
  chooseDates,
  emptyMetadata,
  makeArticle,
  placeMap,
  quote,
  slugify,
  sourceMessage,
  SourceFormatError,
  textField,
  titleHeading,
  type PlaceMap,
} from './common.js';

interface Line {
  text: string;
  /** Offset of the line's first character in the file. */
  start: number;
  index: number;
}

/** One "Published on …Updated on …<views>" block on a line. */
interface Meta {
  /** Offsets within the line. */
  start: number;
  end: number;
  dates: BodyDateMatch[];
  views: { raw: string; value: number; start: number; end: number } | null;
}

interface Piece {
  text: string;
  /** File offsets. */
  start: number;
  end: number;
}

interface Entry {
  title: Piece | null;
  snippet: Piece[];
  meta: { line: Line; block: Meta } | null;
  /** Where the entry starts: its title, or its first snippet line. */
  start: number;
  notes: Array<{ message: string; span: Span }>;
}

/** Labels as listings print them (capitalised, so prose such as "was updated on" is not taken). */
const LABEL_BEFORE = /(?:Published|Updated|Last[ \u00a0]updated|Posted|Created)(?:[ \u00a0]+on|[ \u00a0]*:)?[ \u00a0]*$/;
/** The footer, on its own or glued to the end of a line (`…20261,319Showing 1-12 of 12 articles`). */
const FOOTER_AT_END = new RegExp('(?<![A-Za-z])' + LISTING_FOOTER_SOURCE, 'i');
const BETWEEN_DATES = /^[\s·|•,;-]*$/;
/** A view count right after the year (`202612` → 12, `20261,319` → 1319), or spaced and followed by "views". */
const GLUED_VIEWS = /^(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?[KkMm](?![a-z])|\d+)/;
const SPACED_VIEWS = /^\s*[·|•]?\s*(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?[KkMm](?![a-z])|\d+)\s+views?\b/i;

export function listingArticles(file: SourceFile, config: ResolvedConfig): Article[] {
  const place = placeMap(file.text);
  const order = config.metadata.dateOrder;
  const lines = splitLines(file.text);
  // The footer, on its own line or glued to the end of the last entry (`…20261,319Showing 1-12 of 12 articles`).
  const footerIndex = lines.findIndex((l) => FOOTER_AT_END.test(l.text));
  let footer: Line | undefined;
  let body = lines;
  if (footerIndex !== -1) {
    const line = lines[footerIndex]!;
    const at = FOOTER_AT_END.exec(line.text)!.index;
    footer = { text: line.text.slice(at), start: line.start + at, index: line.index };
    body = lines.slice(0, footerIndex);
    if (line.text.slice(0, at).trim() !== '') body.push({ ...line, text: line.text.slice(0, at) });
  }
  const metas = new Map<number, Meta>();
  for (const line of body) {
    const meta = lastMeta(line.text, order);
    if (meta) metas.set(line.index, meta);
  }
  if (metas.size === 0) {
    throw new SourceFormatError(
      'no listing entries found: no line carries a "Published on <date>" or "Updated on <date>" label',
      place.span(0, 0),
    );
  }

  // The page-text form has text glued before or after the dates on some line.
  const glued = body.some(({ index, text }) => {
    const meta = metas.get(index);
    return meta !== undefined && (text.slice(0, meta.start).trim() !== '' || text.slice(meta.end).trim() !== '');
  });
  const entries = glued ? gluedEntries(body, metas, place) : separatedEntries(body, metas);

  const articles = entries.map((entry, i) => entryArticle(entry, i, entries.length, file, place));

  if (footer && articles.length > 0) {
    const m = FOOTER_AT_END.exec(footer.text)!;
    const [from, to, total] = [m[1], m[2], m[3]].map((s) => Number(s!.replace(/,/g, ''))) as [number, number, number];
    const expected = to - from + 1;
    if (expected !== entries.length || to > total || from > to) {
      const span = place.span(footer.start, footer.start + footer.text.length);
      const detail =
        from > to || to > total
          ? `"${footer.text.trim()}" is not a possible range`
          : `"${footer.text.trim()}" promises ${expected} article${expected === 1 ? '' : 's'}, but kblint found ${entries.length}`;
      articles.at(-1)!.loadMessages.push(
        sourceMessage(`${detail}: the export may be cut short, or an entry lacks its "Published on"/"Updated on" line.`, span),
      );
    }
  }
  return articles;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let index = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ text: m[1]!, start: m.index, index: index++ });
    if (m[2] === '') break;
  }
  return lines;
}

/** The last block of listing dates on a line, with the view count glued after it. */
function lastMeta(text: string, order: ResolvedConfig['metadata']['dateOrder']): Meta | null {
  const matches = findBodyDates(text, order).filter((d) => LABEL_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start)));
  if (matches.length === 0) return null;
  const labelStart = (d: BodyDateMatch) => {
    const before = text.slice(Math.max(0, d.start - 20), d.start);
    const label = LABEL_BEFORE.exec(before)!;
    return d.start - (before.length - label.index);
  };
  // Group dates that follow each other with nothing but separators between; keep the last group.
  let group: BodyDateMatch[] = [];
  for (const d of matches) {
    const previous = group.at(-1);
    const gap = previous ? text.slice(previous.end, labelStart(d)) : '';
    if (previous && BETWEEN_DATES.test(gap.replace(/^\d{1,3}(?:,\d{3})+|^\d+/, '')) && !group.some((g) => g.kind === d.kind)) {
      group.push(d);
    } else {
      group = [d];
    }
  }
  const last = group.at(-1)!;
  let end = last.end;
  let views: Meta['views'] = null;
  const after = text.slice(last.end);
  const glued = /^\d/.test(after) && last.date.ok ? GLUED_VIEWS.exec(after) : null;
  const spaced = glued ? null : SPACED_VIEWS.exec(after);
  const hit = glued ?? spaced;
  if (hit) {
    const raw = hit[1]!;
    const at = last.end + hit[0].indexOf(raw);
    views = { raw, value: viewsValue(raw), start: at, end: at + raw.length };
    end = last.end + hit[0].length;
  }
  return { start: labelStart(group[0]!), end, dates: group, views };
}

function viewsValue(raw: string): number {
  const m = /^([\d.]+)([KkMm])$/.exec(raw);
  if (m) return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000));
  return Number(raw.replace(/,/g, ''));
}

const piece = (line: Line, from = 0, to = line.text.length): Piece | null => {
  const text = line.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return { text: trimmed, start: line.start + from + lead, end: line.start + from + lead + trimmed.length };
};

/**
 * The page-text form: each line after the first title is one entry's snippet,
 * its dates and view count, and the next entry's title glued on.
 */
function gluedEntries(lines: Line[], metas: Map<number, Meta>, place: PlaceMap): Entry[] {
  const content = lines.filter((l) => l.text.trim() !== '');
  const metaOf = (l: Line | undefined) => (l ? metas.get(l.index) : undefined);
  const bare = (l: Line | undefined) => {
    const meta = metaOf(l);
    return meta !== undefined && l!.text.slice(0, meta.start).trim() === '';
  };
  const lastMetaAt = content.map((l) => metas.has(l.index)).lastIndexOf(true);
  let first = content.findIndex((l) => metas.has(l.index));
  // Dates on a line of their own: the snippet is the line above them, unless
  // the listing has no snippets (nothing between one entry's dates and the next's).
  const metaAt = content.flatMap((l, i) => (metas.has(l.index) ? [i] : []));
  const gaps = metaAt.slice(1).map((at, k) => at - metaAt[k]! - 1);
  const snippetLines = gaps.length === 0 || gaps.some((g) => g > 0);
  if (bare(content[first]) && snippetLines && first > 1) first -= 1;
  // The first title is the line before the first snippet; lines above it are the page's tabs or header.
  const titleLine = first > 0 ? content[first - 1] : undefined;
  const entries: Entry[] = [];
  let title: Piece | null = titleLine ? piece(titleLine) : null;
  for (let i = Math.max(first, 0); i < content.length; i++) {
    const line = content[i]!;
    // After the last dates, only a glued title starts another (undated) entry; other lines are page chrome.
    if (i > lastMetaAt && title === null) break;
    let meta = metaOf(line);
    let metaLine = line;
    const entry: Entry = { title, snippet: [], meta: null, start: title?.start ?? line.start, notes: [] };
    if (!meta && snippetLines && bare(content[i + 1])) {
      // A snippet line followed by a line of dates.
      const snippet = piece(line);
      if (snippet) entry.snippet.push(snippet);
      metaLine = content[++i]!;
      meta = metaOf(metaLine);
    }
    if (meta) {
      const snippet = metaLine === line ? piece(line, 0, meta.start) : null;
      if (snippet) entry.snippet.push(snippet);
      entry.meta = { line: metaLine, block: meta };
      title = piece(metaLine, meta.end);
    } else {
      // No dates: the next title is glued straight to the snippet. Split at the
      // last sentence end followed directly by a capital (`…here.How do I`).
      const split = lastGlue(line.text);
      const snippet = piece(line, 0, split ?? line.text.length);
      if (snippet) entry.snippet.push(snippet);
      title = split === null ? null : piece(line, split);
      entry.notes.push({
        message:
          i + 1 < content.length || title
            ? `This entry has no "Published on"/"Updated on" dates, so the next title cannot be told from its snippet` +
              (title ? `; read ${quote(title.text)} as the next title.` : '; the next entry has no title.')
            : 'This entry has no "Published on"/"Updated on" dates.',
        span: place.span(line.start, line.start + line.text.length),
      });
    }
    entries.push(entry);
  }
  // Text after the last entry's dates is not a title of anything.
  if (title && entries.length > 0) {
    entries.at(-1)!.notes.push({
      message: `Text after the last entry's dates, ${quote(title.text)}, is not followed by a snippet or dates; it is ignored.`,
      span: place.span(title.start, title.end),
    });
  }
  return entries;
}

/** The form with one field per line: title, snippet lines, then date lines. */
function separatedEntries(lines: Line[], metas: Map<number, Meta>): Entry[] {
  const entries: Entry[] = [];
  let pending: Line[] = [];
  let previousWasMeta = false;
  let current: Entry | null = null;
  for (const line of lines) {
    const meta = metas.get(line.index);
    if (meta) {
      if (current && previousWasMeta && pending.length === 0) {
        // A second date line of the same entry (`Updated on …` after `Published on …`).
        current.meta!.block.dates.push(...meta.dates.map((d) => ({ ...d, start: d.start + line.start - current!.meta!.line.start, end: d.end + line.start - current!.meta!.line.start })));
        current.meta!.block.views ??= meta.views
          ? { ...meta.views, start: meta.views.start + line.start - current.meta!.line.start, end: meta.views.end + line.start - current.meta!.line.start }
          : null;
        continue;
      }
      const content = pending.filter((l) => l.text.trim() !== '');
      // For the first entry, lines above the last two are the page's header.
      const own = entries.length === 0 && content.length > 2 ? content.slice(-2) : content;
      const [titleLine, ...snippetLines] = own;
      const title = titleLine ? piece(titleLine) : null;
      current = {
        title,
        snippet: snippetLines.map((l) => piece(l)).filter((p): p is Piece => p !== null),
        meta: { line, block: { ...meta, dates: [...meta.dates] } },
        start: title?.start ?? line.start,
        notes: [],
      };
      entries.push(current);
      pending = [];
      previousWasMeta = true;
    } else if (previousWasMeta && current && /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s+views?\s*$/i.test(line.text)) {
      const m = /(\d{1,3}(?:,\d{3})+|\d+)/.exec(line.text)!;
      const offset = line.start - current.meta!.line.start + m.index;
      current.meta!.block.views ??= { raw: m[1]!, value: viewsValue(m[1]!), start: offset, end: offset + m[1]!.length };
    } else {
      if (line.text.trim() !== '') previousWasMeta = false;
      pending.push(line);
    }
  }
  return entries;
}

function lastGlue(text: string): number | null {
  let found: number | null = null;
  const re = /[.!?…)"”’](?=[A-Z¿¡“"])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found = m.index + 1;
  return found !== null && found < text.length ? found : null;
}

function entryArticle(entry: Entry, index: number, count: number, file: SourceFile, place: PlaceMap): Article {
  const children: RootContent[] = [];
  const metadata = emptyMetadata();
  if (entry.title) {
    children.push(titleHeading(metadata, 'listing:title', entry.title.text, place.span(entry.title.start, entry.title.end)));
  }
  for (const snippet of entry.snippet) {
    const span = place.span(snippet.start, snippet.end);
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: snippet.text, position: span }], position: span };
    children.push(paragraph);
  }
  const published: DateField[] = [];
  const updated: DateField[] = [];
  let views: MetadataField | undefined;
  if (entry.meta) {
    const { line, block } = entry.meta;
    for (const d of block.dates) {
      const field = toDateField('listing', d.raw, place.span(line.start + d.start, line.start + d.end), d.date);
      (d.kind === 'published' ? published : updated).push(field);
    }
    if (block.views) {
      views = textField('listing:views', block.views.raw, place.span(line.start + block.views.start, line.start + block.views.end));
      metadata.views = block.views.value;
      metadata.fields.views = views;
    }
  }
  chooseDates(metadata, published, updated);

  const last = children.at(-1)?.position;
  const start = place.point(entry.start);
  const end = entry.meta ? place.point(entry.meta.line.start + entry.meta.block.end) : (last?.end ?? start);
  const tree: Root = { type: 'root', children, position: { start, end } };
  const width = String(count).length;
  const key = `${String(index + 1).padStart(width, '0')}-${slugify(entry.title?.text ?? 'untitled')}`;
  const loadMessages: LintMessage[] = entry.notes.map((n) => sourceMessage(n.message, n.span));
  return makeArticle(file, 'listing', { tree, metadata, key, loadMessages });
}
