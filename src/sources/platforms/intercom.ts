// Intercom articles API: `{"type": "list", "data": [{"type": "article", ...}]}`
// (the search endpoint nests it in `data.articles`) or one `{"type": "article", ...}`.
// `created_at`/`updated_at` are Unix seconds (read as UTC dates); `default_locale` is the article's locale, and each other
// locale of `translated_content` becomes an article of its own (`<id>-<locale>`),
// grouped with its source for translation-outdated.
import type { JsonNode } from '../json-positions.js';
import { exportArticles, htmlBody, field, recordFrontmatter, ref, scalarText, type Draft, type JsonObject } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import { firstObject, isObject, type PlatformReader } from './reader.js';

export const intercom: PlatformReader = {
  kind: 'intercom',
  label: 'Intercom',
  shape: '{"type": "list", "data": [{"type": "article", ...}]} or {"type": "article", ...} of the articles API',
  detect(value) {
    if (!isObject(value)) return false;
    if (value.type === 'list' && Array.isArray(value.data)) return firstObject(value.data)?.type === 'article';
    // The search endpoint nests the list: `{"type": "list", "data": {"articles": [...]}}`.
    if (value.type === 'list' && isObject(value.data) && Array.isArray(value.data.articles)) return firstObject(value.data.articles)?.type === 'article';
    return value.type === 'article' && 'title' in value;
  },
  read(parsed, config) {
    const { root, place, file } = parsed;
    const data = field(root, 'data.articles') ?? field(root, 'data');
    const type = field(root, 'type');
    const records: JsonNode[] = data?.type === 'array' ? data.items : type?.type === 'string' && type.value === 'article' ? [root] : [];
    if (data?.type !== 'array' && records.length === 0) {
      throw new SourceFormatError('not an Intercom export: the JSON has no "data" list of articles', place.span(root.start, root.start));
    }
    return exportArticles(parsed, 'intercom', records, (record) => intercomDrafts(record, file.text), config, '"data" list');
  },
};

function intercomDrafts(record: JsonObject, text: string): Draft[] {
  const id = scalarText(text, field(record, 'id'));
  const defaultLocale = field(record, 'default_locale');
  const sourceLocale = defaultLocale?.type === 'string' ? defaultLocale.value : null;
  const main = contentDraft(record, record, id, text);
  if (sourceLocale && defaultLocale) main.locale = { name: 'default_locale', value: sourceLocale, node: defaultLocale };
  main.frontmatter = recordFrontmatter(record, ['body', 'translated_content']);
  if (sourceLocale) main.frontmatter.source_locale = sourceLocale;
  const drafts = [main];
  const translated = field(record, 'translated_content');
  if (translated?.type !== 'object') return drafts;
  for (const member of translated.members) {
    const content = member.value;
    if (content.type !== 'object' || member.key === 'type' || member.key === sourceLocale) continue;
    // Locales the article was never translated into come as null or empty content.
    const filled = (name: string) => {
      const node = field(content, name);
      return node?.type === 'string' && node.value.trim() !== '';
    };
    if (!filled('title') && !filled('body')) continue;
    const draft = contentDraft(content, record, id, text);
    draft.keySuffix = member.key;
    // The locale is the key the content is filed under.
    const keyNode: JsonNode = { type: 'string', start: member.keyStart, end: member.keyStart + JSON.stringify(member.key).length, value: member.key };
    draft.locale = { name: 'translated_content', value: member.key, node: keyNode };
    draft.frontmatter = { ...recordFrontmatter(content, ['body']), ...(id !== null ? { id, source_id: id } : {}), locale: member.key, ...(sourceLocale ? { source_locale: sourceLocale } : {}) };
    drafts.push(draft);
  }
  return drafts;
}

/** The fields an article and each of its translations share. */
function contentDraft(content: JsonObject, article: JsonObject, id: string | null, text: string): Draft {
  const parent = field(article, 'parent_id');
  const parentId = scalarText(text, parent);
  return {
    record: content,
    id,
    title: ref(content, 'title'),
    bodies: htmlBody(content, 'body'),
    published: [ref(content, 'created_at')],
    updated: [ref(content, 'updated_at')],
    views: content === article ? ref(article, 'statistics.views') : undefined,
    ...(parent && parentId !== null ? { category: { name: 'parent_id', value: parentId, node: parent } } : {}),
    frontmatter: {},
  };
}
