// Freshdesk solutions API: a folder's articles as a top-level array (or one
// article object). `description` is the HTML body, `status` 1 is a draft and
// 2 published, `hits` the views; the folder (named by `hierarchy` when the
// export carries it) is the category.
import type { JsonNode } from '../json-positions.js';
import { exportArticles, htmlBody, field, recordFrontmatter, ref, scalarText, type Draft, type JsonObject } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import { firstObject, hasAny, isObject, type PlainObject, type PlatformReader } from './reader.js';

const FRESHDESK_FIELDS = ['folder_id', 'hits', 'thumbs_up', 'thumbs_down', 'agent_id', 'hierarchy', 'description_text'];

function isFreshdeskArticle(o: PlainObject | undefined): boolean {
  return o !== undefined && 'title' in o && ('description' in o || 'description_text' in o) && hasAny(o, FRESHDESK_FIELDS);
}

const STATUS: Record<string, string> = { '1': 'draft', '2': 'published' };

export const freshdesk: PlatformReader = {
  kind: 'freshdesk',
  label: 'Freshdesk',
  shape: 'a top-level [...] of solution articles (or one article object) of the solutions API',
  detect(value) {
    return Array.isArray(value) ? isFreshdeskArticle(firstObject(value)) : isObject(value) && isFreshdeskArticle(value);
  },
  read(parsed, config) {
    const { root, place, file } = parsed;
    const records: JsonNode[] = root.type === 'array' ? root.items : root.type === 'object' && field(root, 'title') ? [root] : [];
    if (root.type !== 'array' && records.length === 0) {
      throw new SourceFormatError('not a Freshdesk export: expected a list of solution articles', place.span(root.start, root.start));
    }
    return exportArticles(parsed, 'freshdesk', records, (record) => [freshdeskDraft(record, file.text)], config, 'list of articles');
  },
};

function freshdeskDraft(record: JsonObject, text: string): Draft {
  const frontmatter = recordFrontmatter(record, ['description', 'description_text']);
  const status = scalarText(text, field(record, 'status'));
  if (status !== null && STATUS[status]) frontmatter.status = STATUS[status];
  const draft: Draft = {
    record,
    id: scalarText(text, field(record, 'id')),
    title: ref(record, 'title'),
    bodies: htmlBody(record, 'description'),
    published: [ref(record, 'created_at')],
    updated: [ref(record, 'updated_at')],
    views: ref(record, 'hits'),
    frontmatter,
  };
  const folder = folderName(record) ?? (() => {
    const node = field(record, 'folder_id');
    const value = scalarText(text, node);
    return node && value !== null ? { name: 'folder_id', value, node } : undefined;
  })();
  if (folder) draft.category = folder;
  const language = field(record, 'language');
  if (language?.type === 'string') draft.locale = { name: 'language', value: language.value, node: language };
  return draft;
}

/** The folder's name from `hierarchy: [{ "type": "folder", "data": { "name" } }]`. */
function folderName(record: JsonObject): Draft['category'] {
  const hierarchy = field(record, 'hierarchy');
  if (hierarchy?.type !== 'array') return undefined;
  const folders = hierarchy.items.filter((level) => {
    const type = field(level, 'type');
    return type?.type === 'string' && type.value === 'folder';
  });
  const name = field(folders.at(-1), 'data.name');
  return name?.type === 'string' ? { name: 'hierarchy', value: name.value, node: name } : undefined;
}
