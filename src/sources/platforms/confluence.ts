// Confluence Cloud pages with their storage-format body:
// - REST v2 (`/wiki/api/v2/pages?body-format=storage`): `{"results": [{ "id",
//   "title", "spaceId", "createdAt", "version": { "createdAt" }, "body":
//   { "storage": { "value" } } }]}`, or one page object;
// - REST v1 (`/wiki/rest/api/content?expand=body.storage,version,history`):
//   `{"results": [{ "type": "page", "title", "space": { "key" }, "history":
//   { "createdDate" }, "version": { "when" }, "body": { "storage" } }]}`, a
//   space's `{"page": {"results": [...]}}`, or one content object.
// The storage XHTML goes through the HTML path with its macros reduced
// (confluence-storage.ts).
import type { JsonNode } from '../json-positions.js';
import { exportArticles, field, htmlBody, recordFrontmatter, ref, scalarText, type Draft, type JsonObject } from '../json-export.js';
import { SourceFormatError } from '../common.js';
import { reduceStorageMacros } from './confluence-storage.js';
import { firstObject, isObject, type PlainObject, type PlatformReader } from './reader.js';

function isConfluencePage(o: PlainObject | undefined): boolean {
  if (o === undefined || !('title' in o)) return false;
  const storage = isObject(o.body) && isObject(o.body.storage);
  const version = isObject(o.version) && ('when' in o.version || 'createdAt' in o.version || 'number' in o.version);
  return storage || (version && ('spaceId' in o || isObject(o.space) || o.type === 'page' || o.type === 'blogpost'));
}

function listOf(value: PlainObject): unknown {
  return Array.isArray(value.results) ? value.results : isObject(value.page) ? value.page.results : undefined;
}

export const confluence: PlatformReader = {
  kind: 'confluence',
  label: 'Confluence Cloud',
  shape: '{"results": [...]} of pages (REST v2 or v1) with body.storage, or one page',
  detect(value) {
    if (!isObject(value)) return false;
    const list = listOf(value);
    if (Array.isArray(list)) return isConfluencePage(firstObject(list));
    return isConfluencePage(value);
  },
  read(parsed, config) {
    const { root, place, file } = parsed;
    const list = field(root, 'results') ?? field(root, 'page.results');
    const records: JsonNode[] = list?.type === 'array' ? list.items : root.type === 'object' && field(root, 'title') ? [root] : [];
    if (list?.type !== 'array' && records.length === 0) {
      throw new SourceFormatError('not a Confluence export: the JSON has no "results" list of pages', place.span(root.start, root.start));
    }
    return exportArticles(parsed, 'confluence', records, (record) => [confluenceDraft(record, file.text)], config, '"results" list');
  },
};

function confluenceDraft(record: JsonObject, text: string): Draft {
  const draft: Draft = {
    record,
    id: scalarText(text, field(record, 'id')),
    title: ref(record, 'title'),
    bodies: htmlBody(record, 'body.storage.value', reduceStorageMacros),
    published: [ref(record, 'createdAt'), ref(record, 'history.createdDate')],
    updated: [ref(record, 'version.createdAt'), ref(record, 'version.when')],
    frontmatter: recordFrontmatter(record, ['body']),
  };
  for (const name of ['space.name', 'space.key', 'spaceId']) {
    const node = field(record, name);
    const value = scalarText(text, node);
    if (node && value !== null && value.trim() !== '') {
      draft.category = { name, value, node };
      break;
    }
  }
  return draft;
}
