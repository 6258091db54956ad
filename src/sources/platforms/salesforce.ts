// Salesforce Knowledge, in its two API shapes:
// - the Knowledge REST API: a list `{"articles": [{ "id", "articleNumber",
//   "title", "urlName", "lastPublishedDate", "viewCount" }]}` or one article
//   with its fields as `layoutItems` (the rich-text ones are the body);
// - SOQL query results of article versions: `{"records": [{"attributes":
//   {"type": "Knowledge__kav"}, "Title", "UrlName", "Language",
//   "LastPublishedDate", "LastModifiedDate", "Body__c", …}]}`. Bodies are
//   custom rich-text fields: `sources.salesforce.bodyFields` names them
//   (default Body__c, Answer__c, Content__c, Details__c).
import type { JsonNode } from '../json-positions.js';
import { exportArticles, field, recordFrontmatter, ref, scalarText, type BodyRef, type Draft, type JsonObject, type ParsedExport } from '../json-export.js';
import { sourceMessage, SourceFormatError } from '../common.js';
import type { ResolvedConfig } from '../../config/schema.js';
import { firstObject, hasAny, isObject, type PlainObject, type PlatformReader } from './reader.js';

export const DEFAULT_SALESFORCE_BODY_FIELDS = ['Body__c', 'Answer__c', 'Content__c', 'Details__c'];

function isVersionRecord(o: PlainObject | undefined): boolean {
  const type = isObject(o?.attributes) ? o.attributes.type : undefined;
  return typeof type === 'string' && (/__kav$/i.test(type) || type === 'KnowledgeArticleVersion');
}

function isKnowledgeArticle(o: PlainObject | undefined): boolean {
  return o !== undefined && 'title' in o && hasAny(o, ['urlName', 'articleNumber']);
}

export const salesforce: PlatformReader = {
  kind: 'salesforce',
  label: 'Salesforce Knowledge',
  shape: '{"articles": [...]} of the Knowledge API (with urlName), one article with layoutItems, or {"records": [...]} of Knowledge__kav',
  detect(value) {
    if (!isObject(value)) return false;
    if (Array.isArray(value.records)) return isVersionRecord(firstObject(value.records));
    if (Array.isArray(value.articles)) return isKnowledgeArticle(firstObject(value.articles));
    return isKnowledgeArticle(value) && hasAny(value, ['layoutItems', 'lastPublishedDate']);
  },
  read(parsed, config) {
    const { root, place } = parsed;
    const records = field(root, 'records');
    const articles = field(root, 'articles');
    if (records?.type === 'array') return exportArticles(parsed, 'salesforce', records.items, (r) => [versionDraft(r, parsed, config)], config, '"records" list');
    const list: JsonNode[] | null = articles?.type === 'array' ? articles.items : field(root, 'urlName') ? [root] : null;
    if (!list) {
      throw new SourceFormatError('not a Salesforce Knowledge export: the JSON has no "records" or "articles" list', place.span(root.start, root.start));
    }
    return exportArticles(parsed, 'salesforce', list, (r) => [knowledgeDraft(r, parsed, config)], config, '"articles" list');
  },
};

function bodyFields(config: ResolvedConfig): string[] {
  return config.sources?.salesforce?.bodyFields ?? DEFAULT_SALESFORCE_BODY_FIELDS;
}

/** A SOQL record of an article version (Knowledge__kav). */
function versionDraft(record: JsonObject, parsed: ParsedExport, config: ResolvedConfig): Draft {
  const text = parsed.file.text;
  const names = bodyFields(config);
  const bodies: BodyRef[] = names.flatMap((name) => {
    const found = ref(record, name);
    return found?.node.type === 'string' ? [{ ...found, format: 'html' as const }] : [];
  });
  const draft: Draft = {
    record,
    id: scalarText(text, field(record, 'Id')),
    title: ref(record, 'Title'),
    bodies,
    published: [ref(record, 'FirstPublishedDate'), ref(record, 'CreatedDate')],
    updated: [ref(record, 'LastPublishedDate'), ref(record, 'LastModifiedDate')],
    views: ref(record, 'ArticleTotalViewCount'),
    frontmatter: recordFrontmatter(record, names),
  };
  const language = field(record, 'Language');
  if (language?.type === 'string') draft.locale = { name: 'Language', value: language.value, node: language };
  // Translations of one article share its KnowledgeArticleId.
  const articleId = scalarText(text, field(record, 'KnowledgeArticleId'));
  if (articleId !== null) draft.frontmatter.source_id = articleId;
  if (bodies.length === 0) draft.messages = [missingBody(record, parsed, names)];
  return draft;
}

/** Say which fields were looked for, and which rich-text fields the record has instead. */
function missingBody(record: JsonObject, parsed: ParsedExport, names: string[]) {
  const candidates = record.members
    .filter((m) => m.key.endsWith('__c') && m.value.type === 'string' && /<[a-z][^>]*>/i.test(m.value.value))
    .map((m) => m.key);
  const hint = candidates.length > 0 ? `; this record has rich text in ${candidates.join(', ')}: name them in sources.salesforce.bodyFields` : '; name the body fields in sources.salesforce.bodyFields';
  const at = parsed.place.point(record.start);
  return sourceMessage(`No body field (${names.join(', ')}) in this article${hint}.`, { start: at, end: at }, 'info');
}

/** An article of the Knowledge REST API; its rich-text `layoutItems` are the body. */
function knowledgeDraft(record: JsonObject, parsed: ParsedExport, config: ResolvedConfig): Draft {
  const text = parsed.file.text;
  const configured = config.sources?.salesforce?.bodyFields;
  const bodies: BodyRef[] = [];
  const layout = field(record, 'layoutItems');
  for (const item of layout?.type === 'array' ? layout.items : []) {
    const type = field(item, 'type');
    const name = field(item, 'name');
    const value = field(item, 'value');
    if (type?.type !== 'string' || type.value !== 'RICH_TEXT_AREA' || value?.type !== 'string') continue;
    if (configured && !(name?.type === 'string' && configured.includes(name.value))) continue;
    bodies.push({ name: `layoutItems.${name?.type === 'string' ? name.value : 'value'}`, node: value, format: 'html' });
  }
  return {
    record,
    id: scalarText(text, field(record, 'id')),
    title: ref(record, 'title'),
    bodies,
    published: [ref(record, 'firstPublishedDate'), ref(record, 'createdDate')],
    updated: [ref(record, 'lastPublishedDate'), ref(record, 'lastModifiedDate')],
    views: ref(record, 'viewCount') ?? ref(record, 'allViewCount'),
    frontmatter: recordFrontmatter(record, ['layoutItems']),
  };
}
