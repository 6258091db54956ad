// Source detection: which reader turns a file into Articles (see README: Sources).
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import path from 'node:path';
import { markdownArticle, type SourceFile } from './markdown.js';
import { MARKDOWN_EXTENSIONS, type SourceChoice } from './kinds.js';
import { folderLocale } from './locale.js';

export { EmptySourceError, SourceFormatError } from './common.js';
export type { SourceChoice } from './kinds.js';

type Readers = typeof import('./readers.js');
/** The other formats' readers, once a file needed them (a module, not data: loading it twice is loading it once). */
let readers: Readers | undefined;

interface LoadOptions {
  /** Force a reader instead of detecting one (`--source`). */
  source?: SourceChoice;
}

/** Turn one file's text into its articles. Pure: (file, config) → articles. */
export function loadArticles(file: SourceFile, config: ResolvedConfig, options: LoadOptions = {}): Article[] {
  const forced = forcedSource(options);
  let articles: Article[];
  if (isMarkdown(file, forced)) articles = [markdownArticle(file, config)];
  else if (readers) articles = readers.readArticles(file, config, forced);
  else throw new Error(`the readers for ${file.path} are not loaded: await prepareReaders() first`);
  // A locale folder (`fr/…`, `pt-br/…`) names the locale when the article does not.
  const locale = folderLocale(file.absolutePath, config);
  if (locale) {
    for (const article of articles) article.metadata.locale ??= locale.locale;
  }
  return articles;
}


/** Markdown without content detection: named so, or a Markdown extension. */
function isMarkdown(file: Pick<SourceFile, 'absolutePath'>, forced: SourceChoice | undefined): boolean {
  return forced === 'markdown' || (forced === undefined && MARKDOWN_EXTENSIONS.has(path.extname(file.absolutePath).toLowerCase()));
}

/**
 * Load the readers loadArticles needs for this file: nothing for Markdown,
 * else the HTML, listing and JSON export readers (a run of Markdown articles
 * never loads an HTML parser). Call before loadArticles.
 */
export async function prepareReaders(file: Pick<SourceFile, 'absolutePath'>, options: LoadOptions = {}): Promise<void> {
  if (!readers && !isMarkdown(file, forcedSource(options))) readers = await import('./readers.js');
}

/** The reader `--source` forces, if any (`auto` forces none). */
function forcedSource(options: LoadOptions): SourceChoice | undefined {
  return options.source && options.source !== 'auto' ? options.source : undefined;
}
