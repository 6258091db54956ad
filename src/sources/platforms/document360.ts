// Document360 API: one article (`{"data": {...}}`) or a list (`{"data": [...]}`).
// The body is `content` (Markdown) for Markdown articles and `html_content`
// for WYSIWYG ones (`content_type` 1 or 2); `modified_at` is the last change.
// The language is the record's `language_code` (or `lang_code`), else
// `sources.document360.language`, else the locale folder.
import type { JsonNode } from '../json-positions.js';
import { exportArticles, htmlBody, field, recordFrontmatter, ref, scalarText, type BodyRef, type Draft, type JsonObject } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import { firstObject, hasAny, isObject, type PlainObject, type PlatformReader } from './reader.js';
import { normalizeLocale } from '../locale.js';

const DOCUMENT360_FIELDS = ['html_content', 'project_version_id', 'modified_at', 'public_version', 'latest_version', 'is_fall_back_content', 'category_id'];

function isDocument360Article(o: PlainObject | undefined): boolean {
  return o !== undefined && 'title' in o && ('content' in o || 'html_content' in o) && hasAny(o, DOCUMENT360_FIELDS) && !('description_text' in o);
}

export const document360: PlatformReader = {
  kind: 'document360',
  label: 'Document360',
  shape: '{"data": {...}} or {"data": [...]} of the articles API',
  detect(value) {
    if (!isObject(value) || value.type !== undefined) return false;
    return Array.isArray(value.data) ? isDocument360Article(firstObject(value.data)) : isObject(value.data) && isDocument360Article(value.data);
  },
  read(parsed, config) {
    const { root, place, file } = parsed;
    const data = field(root, 'data');
    const records: JsonNode[] = data?.type === 'array' ? data.items : data?.type === 'object' ? [data] : [];
    if (!data || (data.type !== 'array' && data.type !== 'object')) {
      throw new SourceFormatError('not a Document360 export: the JSON has no "data" article', place.span(root.start, root.start));
    }
    const articles = exportArticles(parsed, 'document360', records, (record) => [document360Draft(record, file.text)], config, '"data" list');
    // The API answers for one language at a time; the config says which when the record does not.
    const configured = config.sources?.document360?.language;
    if (configured) for (const article of articles) article.metadata.locale ??= normalizeLocale(configured);
    return articles;
  },
};

function document360Draft(record: JsonObject, text: string): Draft {
  const contentType = scalarText(text, field(record, 'content_type'));
  const markdown = ref(record, 'content');
  const html = ref(record, 'html_content');
  const wysiwyg = contentType === '1' || contentType === '2' || /wysiwyg/i.test(contentType ?? '');
  const nonEmpty = (r: typeof markdown) => r?.node.type === 'string' && r.node.value.trim() !== '';
  const body: BodyRef | undefined =
    wysiwyg && nonEmpty(html) ? { ...html!, format: 'html' } : nonEmpty(markdown) ? { ...markdown!, format: 'markdown' } : html ? { ...html, format: 'html' } : undefined;
  const category = field(record, 'category_id');
  const categoryId = scalarText(text, category);
  const draft: Draft = {
    record,
    id: scalarText(text, field(record, 'id')),
    title: ref(record, 'title'),
    bodies: body ? [body] : [],
    published: [ref(record, 'created_at')],
    updated: [ref(record, 'modified_at')],
    ...(category && categoryId !== null ? { category: { name: 'category_id', value: categoryId, node: category } } : {}),
    frontmatter: recordFrontmatter(record, ['content', 'html_content']),
  };
  for (const name of ['language_code', 'lang_code']) {
    const node = field(record, name);
    if (node?.type === 'string' && node.value.trim()) {
      draft.locale = { name, value: node.value, node };
      break;
    }
  }
  return draft;
}
