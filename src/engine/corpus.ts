// Cross-article facts gathered once per run. Rules read these instead of doing
// their own I/O, so a rule's check stays a pure function of its inputs.
import type { Article } from '../model/types.js';

export interface CorpusIndex {
  articles: readonly Article[];
  /** Absolute file path → the articles read from it. */
  byFile: ReadonlyMap<string, readonly Article[]>;
  /** Free slots for rule families that derive their own cross-article facts once. */
  memo: Map<string, unknown>;
}

/** `memo` may be handed in so that work begun while parsing (`preload`) carries over. */
export function buildCorpusIndex(articles: readonly Article[], memo: Map<string, unknown> = new Map()): CorpusIndex {
  const byFile = new Map<string, Article[]>();
  for (const article of articles) {
    const list = byFile.get(article.absolutePath) ?? [];
    list.push(article);
    byFile.set(article.absolutePath, list);
  }
  return { articles, byFile, memo };
}

/** Compute a cross-article fact once per run and share it. */
export function memoize<T>(corpus: CorpusIndex, key: string, build: () => T): T {
  if (!corpus.memo.has(key)) corpus.memo.set(key, build());
  return corpus.memo.get(key) as T;
}
