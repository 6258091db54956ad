// Run a retext plugin's transformer over an article's cached prose tree and
// collect its messages, located in the Markdown source. The tree is shared, so
// only plugins that read it (retext-simplify, retext-passive, retext-equality)
// belong here.
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { Span } from '../model/types.js';
import type { Article } from '../model/types.js';
import { getProse, type Prose } from './extract.js';

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
export function runRetext(article: Article, transform: Transform, options: { flat?: boolean } = {}): ProseMessage[] {
  const file = new VFile();
  const prose = getProse(article);
  transform(options.flat ? flatTree(prose) : prose.tree, file);
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined;
    return {
      id: m.ruleId ?? '',
      reason: m.reason,
      actual: m.actual ?? '',
      expected: m.expected ?? [],
      span: place
        ? { start: { line: place.start.line, column: place.start.column }, end: { line: place.end.line, column: place.end.column } }
        : undefined,
    };
  });
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
