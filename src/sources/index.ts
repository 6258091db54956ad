// Source detection: which reader turns a file into Articles (see README: Sources).
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { markdownArticle, type SourceFile } from './markdown.js';
import { htmlArticle } from './html.js';
import { listingArticles } from './listing.js';
import { zendeskArticles } from './zendesk.js';
import { detectSource, type SourceChoice } from './detect.js';
import { folderLocale } from './locale.js';

export { EmptySourceError, SourceFormatError } from './common.js';
export type { SourceChoice } from './detect.js';

class UnsupportedSourceError extends Error {
  override name = 'UnsupportedSourceError';
}

interface LoadOptions {
  /** Force a reader instead of detecting one (`--source`). */
  source?: SourceChoice;
}

/** Turn one file's text into its articles. Pure: (file, config) → articles. */
export function loadArticles(file: SourceFile, config: ResolvedConfig, options: LoadOptions = {}): Article[] {
  let kind = options.source && options.source !== 'auto' ? options.source : undefined;
  if (!kind) {
    const detected = detectSource(file.absolutePath, file.text);
    if (!detected.ok) throw new UnsupportedSourceError(detected.reason);
    kind = detected.kind;
  }
  const articles =
    kind === 'markdown'
      ? [markdownArticle(file, config)]
      : kind === 'html'
        ? [htmlArticle(file, config)]
        : kind === 'listing'
          ? listingArticles(file, config)
          : zendeskArticles(file, config);
  // A locale folder (`fr/…`, `pt-br/…`) names the locale when the article does not.
  const locale = folderLocale(file.absolutePath, config);
  if (locale) {
    for (const article of articles) article.metadata.locale ??= locale.locale;
  }
  return articles;
}
