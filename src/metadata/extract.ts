// Article metadata from frontmatter first, then from the body ("Published on …
// Updated on …" lines, the first H1). Pure: a function of the tree, the source
// text and the config.
import type { Heading, Paragraph, Root, RootContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { ArticleMetadata, DateField, MetadataField, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { Frontmatter, FrontmatterField } from '../sources/frontmatter.js';
import { findBodyDates, parseDateText, toDateField, type DateOrder } from './dates.js';

interface MetadataInput {
  tree: Root;
  source: string;
  frontmatter: Frontmatter | null;
  config: ResolvedConfig;
}

export function extractMetadata({ tree, source, frontmatter, config }: MetadataInput): ArticleMetadata {
  const names = config.metadata.fields;
  const order = config.metadata.dateOrder;
  const fm = frontmatter?.fields ?? new Map<string, FrontmatterField>();
  const firstField = (keys: string[]) => keys.map((k) => fm.get(k)).find((f) => f && f.value != null);

  const dateFields: DateField[] = [];
  const frontmatterDate = (kind: 'published' | 'updated'): DateField | undefined => {
    const found = names[kind].map((k) => fm.get(k)).filter((f): f is FrontmatterField => !!f && f.value != null);
    for (const field of found) dateFields.push(frontmatterDateField(field, order));
    return dateFields.find((d) => found.some((f) => `frontmatter:${f.key}` === d.origin));
  };
  let published = frontmatterDate('published');
  let updated = frontmatterDate('updated');
  // A review date (freshness.reviewField) is read too, for stale-article to weigh against the updated date.
  const reviewKey = config.freshness.reviewField;
  const review = reviewKey === undefined ? undefined : fm.get(reviewKey);
  let reviewed: DateField | undefined;
  if (review && review.value != null) {
    reviewed = dateFields.find((d) => d.origin === `frontmatter:${reviewKey}`);
    if (!reviewed) dateFields.push((reviewed = frontmatterDateField(review, order)));
  }

  let bodyViews: MetadataField | undefined;
  if (config.metadata.bodyDates) {
    for (const found of markdownBodyDates(tree, source, order)) {
      dateFields.push(found.field);
      if (found.kind === 'published') published ??= found.field;
      else updated ??= found.field;
      if (found.views) bodyViews ??= found.views;
    }
  }

  const titleField = firstField(names.title);
  let title: MetadataField | undefined;
  if (titleField && typeof titleField.value === 'string' && titleField.value.trim() !== '') {
    title = { origin: `frontmatter:${titleField.key}`, raw: titleField.value.trim(), span: titleField.span };
  } else {
    const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
    const text = h1 ? toString(h1).trim() : '';
    if (h1?.position && text !== '') title = { origin: 'body:h1', raw: text, span: h1.position };
  }

  const viewsField = firstField(names.views);
  const views = viewsField ? parseViews(viewsField.value) : bodyViews ? parseViews(bodyViews.raw) : null;
  const categoryField = firstField(names.category);
  const localeField = firstField(names.locale);

  return {
    title: title?.raw ?? null,
    published: published?.value ?? null,
    updated: updated?.value ?? null,
    views,
    category: stringValue(categoryField?.value),
    locale: stringValue(localeField?.value),
    ...(reviewKey === undefined ? {} : { reviewed: reviewed?.value ?? null }),
    fields: {
      title,
      published,
      updated,
      views: viewsField ? asField(viewsField) : bodyViews,
      category: categoryField ? asField(categoryField) : undefined,
      locale: localeField ? asField(localeField) : undefined,
    },
    dateFields,
  };
}

function asField(field: FrontmatterField): MetadataField {
  return { origin: `frontmatter:${field.key}`, raw: field.raw, span: field.span };
}

function frontmatterDateField(field: FrontmatterField, order: DateOrder): DateField {
  const base = asField(field);
  if (typeof field.value !== 'string' && typeof field.value !== 'number') {
    return { ...base, value: null, error: `"${field.key}" should be a date such as 2026-02-05, not a ${describeType(field.value)}` };
  }
  return toDateField(base.origin, base.raw, base.span, parseDateText(String(field.value), order));
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  return typeof value;
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0].trim() || null;
  return null;
}

export function parseViews(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const compact = value.trim();
  if (!/^\d{1,3}(?:[,\s]\d{3})*$|^\d+$/.test(compact)) return null;
  return Number(compact.replace(/[,\s]/g, ''));
}

/** A block of prose a body date can stand in: its text is gathered across inline markup. */
export type BodyBlock = Paragraph | Heading | TableCell;

/** A block's plain text, and where a stretch `[start, end)` of it lies in the source (null: it cannot be placed). */
export interface BlockText {
  text: string;
  locate(start: number, end: number): { span: Span; offset: number } | null;
}

export interface BodyDate {
  kind: 'published' | 'updated';
  field: DateField;
  views?: MetadataField;
  /** Source offset of the date text. */
  offset: number;
}

/**
 * Dates stated in prose. Text is gathered per block (paragraph, heading, table
 * cell) across inline markup, so `**Updated:** Feb 5, 2026` is read, while code
 * and HTML never are. `flatten` reads a block's text and maps it back to the
 * source, as the source's format allows.
 */
export function bodyDates(tree: Root, order: DateOrder, flatten: (block: BodyBlock) => BlockText): BodyDate[] {
  const found: BodyDate[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return SKIP;
    // Inline code is never prose: the flatteners read text nodes only.
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const { text, locate } = flatten(node);
    for (const match of findBodyDates(text, order)) {
      const at = locate(match.start, match.end);
      if (!at) continue;
      found.push({
        kind: match.kind,
        field: { ...toDateField('body', match.raw, at.span, match.date), kind: match.kind },
        offset: at.offset,
        ...(match.views !== null ? { views: { origin: 'body', raw: String(match.views), span: at.span } } : {}),
      });
    }
    return SKIP;
  });
  return found;
}

/** Body dates of a Markdown article. */
function markdownBodyDates(tree: Root, source: string, order: DateOrder): BodyDate[] {
  const place = location(source);
  return bodyDates(tree, order, (block) => {
    const { text, toOffset } = flattenText(block);
    const locate = (start: number, end: number) => {
      const offset = toOffset(start);
      const a = place.toPoint(offset);
      const b = place.toPoint(toOffset(end));
      return a && b ? { span: { start: { line: a.line, column: a.column }, end: { line: b.line, column: b.column } }, offset } : null;
    };
    return { text, locate };
  });
}

/** Plain text of a block with a map from text index back to source offset. */
function flattenText(block: BodyBlock): { text: string; toOffset: (index: number) => number } {
  const segments: { at: number; offset: number }[] = [];
  let text = '';
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const offset = node.position?.start.offset;
        if (offset === undefined) continue;
        // Text maps to the source one to one except around escapes and
        // entities, which is close enough for a location.
        segments.push({ at: text.length, offset });
        text += node.value;
      } else if (node.type === 'break') {
        text += '\n';
      } else if ('children' in node) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(block.children as RootContent[]);
  const toOffset = (index: number): number => {
    let best = segments[0];
    for (const segment of segments) {
      if (segment.at <= index) best = segment;
      else break;
    }
    return best ? best.offset + (index - best.at) : 0;
  };
  return { text, toOffset };
}
