// Run a retext plugin's transformer over an article's cached prose tree and
// collect its messages, located in the Markdown source. The tree is shared, so
// only plugins that read it (retext-simplify, retext-passive, retext-equality)
// belong here.
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { Point } from 'unist';
import type { Article, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { Prose } from './extract.js';
import type { ArticleFact } from '../model/facts.js';
import { proseFact } from './facts.js';
import { allowList } from './settings.js';

export interface ProseMessage {
  /** The plugin's own rule id (the phrase or pattern that matched). */
  id: string;
  reason: string;
  /** The text as written. */
  actual: string;
  /** Replacements the plugin suggests (may be empty). */
  expected: string[];
  span: Span | undefined;
}

export type Transform = (tree: Root, file: VFile) => void;

/**
 * `flat`: hand the plugin every sentence in one paragraph. retext-equality
 * rebuilds its index of some thousand phrases for each paragraph, which made
 * it the slowest step of a run by far; its matches never span sentences, so
 * only its "he or she" pairing (the `binary` option) needs real paragraphs.
 */
export function runRetext(prose: Prose, transform: Transform, options: { flat?: boolean } = {}): ProseMessage[] {
  const file = new VFile();
  transform(options.flat ? flatTree(prose) : prose.tree, file);
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined;
    return {
      id: m.ruleId ?? '',
      reason: m.reason,
      actual: m.actual ?? '',
      expected: m.expected ?? [],
      span: place ? toSpan(place) : undefined,
    };
  });
}

type LineColumn = Pick<Point, 'line' | 'column'>;

/** A unist position (or place) as a finding's span: line and column only. */
export function toSpan(position: { start: LineColumn; end: LineColumn }): Span {
  return {
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  };
}

/** A retext plugin: its options (with `ignore`) to the transform. */
export type RetextPlugin<Extra extends object> = (options: { ignore: string[] } & Extra) => unknown;

export interface ProseFindings {
  /** The plugin's messages that the allow list does not cover. */
  messages: ProseMessage[];
  /** The allow list (config `readability.allow` plus the rule's `allow`) as a test. */
  isAllowed: (text: string) => boolean;
}

interface Built {
  transform: Transform;
  isAllowed: (text: string) => boolean;
}

// Building a transform can be costly (retext-equality scans its phrase table
// against the ignore list), and the options are the same for most articles:
// one per plugin and allow list, keyed by value (each article's options are a
// new object).
const built = new Map<unknown, Map<string, Built>>();

/**
 * The shared steps of the retext rules: English only, the allow list, the
 * plugin run over the article's prose, and the allowed phrases dropped.
 * `byId`: a message is also allowed when its rule id (dashes as spaces) is.
 * Undefined for an article not in English.
 */
export function proseFindings<Extra extends object>(
  article: Article,
  context: { config: ResolvedConfig; options: { allow?: string[] } | undefined; get(fact: ArticleFact<Prose>): Prose },
  plugin: RetextPlugin<Extra>,
  options: { extra?: Extra; flat?: boolean; byId?: boolean } = {},
): ProseFindings | undefined {
  if (!isEnglish(article)) return undefined;
  const list = allowList(context.config, context.options);
  const extra = options.extra ?? ({} as Extra);
  let forPlugin = built.get(plugin);
  if (!forPlugin) built.set(plugin, (forPlugin = new Map()));
  const key = JSON.stringify([list, extra]);
  let entry = forPlugin.get(key);
  if (!entry) {
    entry = { transform: plugin({ ...extra, ignore: list }) as Transform, isAllowed: allowed(list) };
    forPlugin.set(key, entry);
  }
  const { transform, isAllowed } = entry;
  const messages = runRetext(context.get(proseFact), transform, { flat: options.flat }).filter(
    (m) => !isAllowed(m.actual) && !(options.byId && isAllowed(m.id.replace(/-/g, ' '))),
  );
  return { messages, isAllowed };
}

/** English-only checks skip articles whose locale says they are in another language. */
export function isEnglish(article: Article): boolean {
  const locale = article.metadata.locale;
  return !locale || /^en(?:[-_]|$)/i.test(locale);
}

/** A case-insensitive allow list: a phrase is allowed when it, or one of its words, is on the list. */
export function allowed(list: readonly string[]): (text: string) => boolean {
  const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const set = new Set(list.map(normalize));
  return (text) => {
    const phrase = normalize(text);
    return set.has(phrase) || phrase.split(' ').some((word) => set.has(word));
  };
}

export const quote = (s: string) => `“${s}”`;

const flatCache = new WeakMap<Prose, Root>();

function flatTree(prose: Prose): Root {
  let tree = flatCache.get(prose);
  if (!tree) {
    const children = prose.tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : []));
    tree = { type: 'RootNode', children: [{ type: 'ParagraphNode', children }] };
    flatCache.set(prose, tree);
  }
  return tree;
}
