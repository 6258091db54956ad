// Help Scout Docs API: one article (`{"article": {...}}`) or a collection's list
// (`{"articles": {"page", "pages", "items": [...]}}`). `name` is the title,
// `text` the HTML body, `createdAt` the publication; the content readers see
// changed on `lastPublishedAt` (`updatedAt` also moves on unpublished drafts).
import type { JsonNode } from '../json-positions.js';
import { exportArticles, htmlBody, field, recordFrontmatter, ref, scalarText, type Draft, type JsonObject } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import { firstObject, hasAny, isObject, type PlainObject, type PlatformReader } from './reader.js';

const HELP_SCOUT_FIELDS = ['collectionId', 'publicUrl', 'lastPublishedAt', 'viewCount', 'hasDraft', 'number'];

function isHelpScoutArticle(o: PlainObject | undefined): boolean {
  return o !== undefined && 'name' in o && !('title' in o) && hasAny(o, HELP_SCOUT_FIELDS);
}

export const helpScout: PlatformReader = {
  kind: 'helpscout',
  label: 'Help Scout Docs',
  shape: '{"article": {...}} or {"articles": {"items": [...]}} of the Docs API',
  detect(value) {
    if (!isObject(value)) return false;
    if (isObject(value.articles) && Array.isArray(value.articles.items)) {
      const first = firstObject(value.articles.items);
      return first ? isHelpScoutArticle(first) : 'pages' in value.articles;
    }
    return isObject(value.article) && isHelpScoutArticle(value.article);
  },
  read(parsed, config) {
    const { root, place, file } = parsed;
    const items = field(root, 'articles.items');
    const single = field(root, 'article');
    const records: JsonNode[] = items?.type === 'array' ? items.items : single?.type === 'object' ? [single] : [];
    if (items?.type !== 'array' && single?.type !== 'object') {
      throw new SourceFormatError('not a Help Scout Docs export: the JSON has no "article" object or "articles.items" list', place.span(root.start, root.start));
    }
    return exportArticles(parsed, 'helpscout', records, (record) => [helpScoutDraft(record, file.text)], config, '"articles.items" list');
  },
};

function helpScoutDraft(record: JsonObject, text: string): Draft {
  const collection = field(record, 'collectionId');
  const collectionId = scalarText(text, collection);
  return {
    record,
    id: scalarText(text, field(record, 'id')),
    title: ref(record, 'name'),
    bodies: htmlBody(record, 'text'),
    published: [ref(record, 'createdAt')],
    updated: [ref(record, 'lastPublishedAt'), ref(record, 'updatedAt')],
    views: ref(record, 'viewCount'),
    ...(collection && collectionId !== null ? { category: { name: 'collectionId', value: collectionId, node: collection } } : {}),
    frontmatter: recordFrontmatter(record, ['text']),
  };
}
