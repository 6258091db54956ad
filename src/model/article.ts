// Naming an article in results and messages.
import type { Article } from './types.js';

/** The article's name in results: its path, or `path#key` for one of several articles in a file. */
export function articleName(article: Pick<Article, 'path' | 'key'>): string {
  return article.key === article.path ? article.path : `${article.path}#${article.key}`;
}
