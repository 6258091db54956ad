// Source detection: which reader turns a file into Articles.
import path from 'node:path';
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { markdownArticle, type SourceFile } from './markdown.js';

export class UnsupportedSourceError extends Error {
  override name = 'UnsupportedSourceError';
}

/** Turn one file's text into its articles. Pure: (file, config) → articles. */
export function loadArticles(file: SourceFile, config: ResolvedConfig): Article[] {
  const extension = path.extname(file.absolutePath).toLowerCase();
  if (extension === '.md' || extension === '.markdown' || extension === '.mdown' || extension === '.mkd') {
    return [markdownArticle(file, config)];
  }
  throw new UnsupportedSourceError(
    `kblint cannot read "${extension || 'extensionless'}" files; it reads Markdown (.md, .markdown)`,
  );
}
