// Zendesk Guide exports: the JSON of the Help Center articles API,
// `{ "articles": [ { "id", "title", "body", "html_url", "locale", "section_id",
// "created_at", "updated_at", "edited_at", … } ] }` (one page per file), or a
// single `{ "article": { … } }`. Each article becomes an Article keyed by its
// id; `body` goes through the HTML path, and every node and date points at the
// article's lines in the JSON file. `edited_at` is the content's freshness date
// (`updated_at` also moves on votes and label changes), `created_at` its
// publication. Pure: (file, config) → articles.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point as UnistPoint, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { Article, DateField, LintMessage } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { SourceFile } from './common.js';
import { htmlFragmentTree } from './html.js';
import { decodeJsonString, JsonSyntaxError, member, parseJson, type JsonNode } from './json-positions.js';
import {
  chooseDates,
  dateField,
  emptyMetadata,
  makeArticle,
  placeMap,
  sourceMessage,
  EmptySourceError, SourceFormatError,
  textField,
  titleHeading,
  type PlaceMap,
} from './common.js';
import { normalizeLocale } from './locale.js';

/** Fields kept as the article's "frontmatter" (everything but the body), for rules that group translations. */
const SKIPPED_FIELDS = new Set(['body']);

export function zendeskArticles(file: SourceFile, config: ResolvedConfig): Article[] {
  const place = placeMap(file.text);
  let root: JsonNode;
  try {
    root = parseJson(file.text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = place.point(error.offset);
    // The object that was cut off: the article (depth 3: root › articles › article) if there is one.
    const opened = error.open[2] ?? error.open.at(-1);
    const where = opened !== undefined ? `; the unfinished ${file.text[opened] === '[' ? 'list' : 'object'} starts at line ${place.point(opened).line}` : '';
    const message = error.truncated
      ? `the JSON export is cut off at line ${at.line} (${error.message}${where}); export it again or complete the file`
      : `invalid JSON at line ${at.line}, column ${at.column}: ${error.message}`;
    throw new SourceFormatError(message, { start: at, end: at });
  }
  const list = member(root, 'articles') ?? member(root, 'translations');
  const single = member(root, 'article');
  const items: JsonNode[] = list?.type === 'array' ? list.items : single?.type === 'object' ? [single] : [];
  if (!list && !single) {
    throw new SourceFormatError('not a Zendesk Guide export: the JSON has no "articles" list', place.span(root.start, root.start));
  }
  const articles: Article[] = [];
  const seen = new Set<string>();
  const skipped: number[] = [];
  items.forEach((item, index) => {
    if (item.type !== 'object') {
      skipped.push(item.start);
      return;
    }
    articles.push(zendeskArticle(item, index, file, config, place, seen));
  });
  if (articles.length === 0) {
    const at = skipped[0] ?? list?.start ?? root.start;
    if (skipped.length > 0) throw new SourceFormatError('the "articles" list holds no article objects', place.span(at, at));
    throw new EmptySourceError('The export holds no articles (an empty "articles" list): nothing to lint in it.', place.span(at, at));
  }
  if (skipped.length > 0) {
    articles[0]!.loadMessages.push(
      sourceMessage(`${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} of the "articles" list ${skipped.length === 1 ? 'is' : 'are'} not an article object and ${skipped.length === 1 ? 'was' : 'were'} skipped.`, place.span(skipped[0]!, skipped[0]!)),
    );
  }
  return articles;
}

function zendeskArticle(item: Extract<JsonNode, { type: 'object' }>, index: number, file: SourceFile, config: ResolvedConfig, place: PlaceMap, seen: Set<string>): Article {
  const order = config.metadata.dateOrder;
  const field = (key: string) => member(item, key);
  const text = (key: string): { value: string; node: JsonNode } | undefined => {
    const node = field(key);
    return node?.type === 'string' ? { value: node.value, node } : undefined;
  };
  const loadMessages: LintMessage[] = [];
  const articleStart = place.point(item.start);

  const idNode = field('id');
  // Ids as written: a number beyond 2^53 must not be rounded.
  const id = idNode?.type === 'number' ? file.text.slice(idNode.start, idNode.end) : idNode?.type === 'string' ? idNode.value : null;
  const localeNode = text('locale');
  const locale = localeNode?.value ?? null;
  let key = id ?? `article-${index + 1}`;
  if (seen.has(key) && locale) key = `${key}-${normalizeLocale(locale)}`;
  while (seen.has(key)) key = `${key}-${index + 1}`;
  seen.add(key);
  if (id === null) {
    loadMessages.push(sourceMessage(`This article has no "id"; it is reported as "${key}".`, { start: articleStart, end: articleStart }));
  }

  const metadata = emptyMetadata();
  const children: RootContent[] = [];
  const title = text('title');
  if (title && title.value.trim()) {
    children.push(titleHeading(metadata, 'zendesk:title', title.value.trim(), place.span(title.node.start, title.node.end)));
  }

  const body = field('body');
  if (body?.type === 'string' && body.value.trim() !== '') {
    children.push(...bodyTree(file.text, body.start, place).children);
  }

  const date = (key: string): DateField | undefined => {
    const node = field(key);
    if (!node || node.type === 'null') return undefined;
    const raw = node.type === 'string' ? node.value : file.text.slice(node.start, node.end);
    return dateField(`zendesk:${key}`, raw.trim(), place.span(node.start, node.end), order);
  };
  const created = date('created_at');
  const edited = date('edited_at');
  const updated = edited ?? date('updated_at');
  chooseDates(metadata, [created], [updated]);

  const section = field('section_id');
  if (section && (section.type === 'number' || section.type === 'string')) {
    metadata.category = section.type === 'number' ? file.text.slice(section.start, section.end) : section.value;
    metadata.fields.category = textField('zendesk:section_id', metadata.category, place.span(section.start, section.end));
  }
  if (localeNode && localeNode.value.trim()) {
    metadata.locale = normalizeLocale(localeNode.value);
    metadata.fields.locale = textField('zendesk:locale', localeNode.value, place.span(localeNode.node.start, localeNode.node.end));
  }

  // The record's other fields, as the article's front matter (`id`, `source_locale`, `html_url`, …).
  const frontmatter: Record<string, unknown> = {};
  for (const m of item.members) {
    if (SKIPPED_FIELDS.has(m.key)) continue;
    frontmatter[m.key] = plain(m.value);
  }

  const end = place.point(item.end);
  const tree: Root = { type: 'root', children, position: { start: articleStart, end } };
  return makeArticle(file, 'zendesk', { tree, metadata, key, frontmatter, loadMessages });
}

function plain(node: JsonNode): unknown {
  if (node.type === 'object') return Object.fromEntries(node.members.map((m) => [m.key, plain(m.value)]));
  if (node.type === 'array') return node.items.map(plain);
  return node.value;
}

/** The body's HTML as mdast, every position moved from the decoded string to the JSON file. */
function bodyTree(text: string, stringStart: number, place: PlaceMap): Root {
  const { value, offsets } = decodeJsonString(text, stringStart);
  const tree = htmlFragmentTree(value);
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
  return tree;
}
