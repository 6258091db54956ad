// Zendesk Guide: the Help Center articles API (`{"articles": [...]}`, one page
// per file, or `{"article": {...}}`) and the translations endpoint
// (`{"translations": [...]}` with `source_id`, `locale`, `outdated`). `edited_at`
// is the content's freshness date (`updated_at` also moves on votes and label
// changes), `created_at` its publication. `section_id` is named by the
// sections and categories the same file sideloads (`?include=sections,categories`)
// or the files `sources.zendesk.sections` names.
import type { JsonNode } from '../json-positions.js';
import { exportArticles, htmlBody, field, firstString, recordFrontmatter, ref, scalarText, type Draft, type JsonObject, type ParsedExport } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import type { ResolvedConfig, ZendeskNames } from '../../config/schema.js';
import { firstObject, hasAny, isObject, type PlainObject, type PlatformReader } from './reader.js';
import { zendeskNamesOf } from '../../config/zendesk-names.js';

/** Fields only Zendesk's article records carry (any one, with a title or body). */
const ZENDESK_FIELDS = ['html_url', 'section_id', 'source_locale', 'edited_at', 'label_names', 'author_id', 'vote_sum', 'body'];
/** Fields of other platforms' `articles` lists (Salesforce Knowledge, Help Scout). */
const OTHER_FIELDS = ['urlName', 'articleNumber', 'collectionId', 'publicUrl', 'name'];

function isZendeskArticle(o: PlainObject | undefined): boolean {
  return o !== undefined && ('title' in o || 'body' in o) && hasAny(o, ZENDESK_FIELDS) && !hasAny(o, OTHER_FIELDS);
}

function isZendeskTranslation(o: PlainObject | undefined): boolean {
  return o !== undefined && 'source_id' in o && 'locale' in o && ('title' in o || 'body' in o);
}

export const zendesk: PlatformReader = {
  kind: 'zendesk',
  label: 'Zendesk Guide',
  shape: '{"articles": [...]}, {"article": {...}} or {"translations": [...]} of the Help Center API',
  detect(value) {
    if (!isObject(value)) return false;
    if (Array.isArray(value.articles)) {
      const first = firstObject(value.articles);
      // An empty page still carries Zendesk's pagination fields.
      return first ? isZendeskArticle(first) : 'next_page' in value || 'page_count' in value;
    }
    if (Array.isArray(value.translations)) return isZendeskTranslation(firstObject(value.translations));
    return isObject(value.article) && isZendeskArticle(value.article);
  },
  read(parsed, config) {
    return zendeskRead(parsed, config);
  },
};

function zendeskRead(parsed: ParsedExport, config: ResolvedConfig) {
  const { root, place, file } = parsed;
  const list = field(root, 'articles') ?? field(root, 'translations');
  const single = field(root, 'article');
  const records: JsonNode[] = list?.type === 'array' ? list.items : single?.type === 'object' ? [single] : [];
  if (list?.type !== 'array' && single?.type !== 'object') {
    throw new SourceFormatError('not a Zendesk Guide export: the JSON has no "articles" list', place.span(root.start, root.start));
  }
  const names = mergeNames(sideloadedNames(parsed), config.zendeskNames);
  const listName = field(root, 'translations') ? '"translations" list' : '"articles" list';
  return exportArticles(parsed, 'zendesk', records, (record) => [zendeskDraft(record, file.text, names)], config, listName, list?.start ?? single?.start);
}

function zendeskDraft(record: JsonObject, text: string, names: ZendeskNames): Draft {
  const sourceId = scalarText(text, field(record, 'source_id'));
  const isTranslation = sourceId !== null && field(record, 'source_type') !== undefined;
  // A translation is reported under its article's id and locale, which editors know; its own id stays in front matter.
  const id = isTranslation ? sourceId : scalarText(text, field(record, 'id'));
  const locale = firstString(record, ['locale']);
  const draft: Draft = {
    record,
    id,
    ...(isTranslation && locale ? { keySuffix: locale.node.type === 'string' ? locale.node.value : '' } : {}),
    title: ref(record, 'title'),
    bodies: htmlBody(record, 'body'),
    published: [ref(record, 'created_at')],
    updated: [ref(record, 'edited_at') ?? ref(record, 'updated_at')],
    frontmatter: recordFrontmatter(record, ['body']),
  };
  if (locale?.node.type === 'string') draft.locale = { name: 'locale', value: locale.node.value, node: locale.node };
  const section = field(record, 'section_id');
  const sectionId = scalarText(text, section);
  if (section && sectionId !== null) {
    const named = names.sections[sectionId];
    draft.category = { name: 'section_id', value: named?.name ?? sectionId, node: section };
    if (named) {
      draft.frontmatter.section = named.name;
      const category = named.categoryId !== null ? names.categories[named.categoryId] : undefined;
      if (category) draft.frontmatter.category = category;
    }
  }
  return draft;
}

const EMPTY_NAMES: ZendeskNames = { sections: {}, categories: {} };

/** Section/category lists of Zendesk's API, alone in a file (no articles): not articles, but names for them. */
export function isZendeskNamesFile(value: unknown): boolean {
  if (!isObject(value) || 'articles' in value || 'article' in value) return false;
  const first = firstObject(value.sections) ?? firstObject(value.categories);
  return first !== undefined && 'name' in first && hasAny(first, ['html_url', 'category_id', 'locale', 'position']);
}

function sideloadedNames(parsed: ParsedExport): ZendeskNames {
  const sections = field(parsed.root, 'sections');
  const categories = field(parsed.root, 'categories');
  if (!sections && !categories) return EMPTY_NAMES;
  // Ids are short here (no rounding risk), so the plain values do.
  return zendeskNamesOf({ sections: sections ? JSON.parse(parsed.file.text.slice(sections.start, sections.end)) : [], categories: categories ? JSON.parse(parsed.file.text.slice(categories.start, categories.end)) : [] });
}

function mergeNames(a: ZendeskNames, b: ZendeskNames | undefined): ZendeskNames {
  if (!b) return a;
  return { sections: { ...b.sections, ...a.sections }, categories: { ...b.categories, ...a.categories } };
}
