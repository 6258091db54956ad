// Source detection: which reader turns a file into Articles (see README: Sources).
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { markdownArticle, type SourceFile } from './markdown.js';
import { htmlArticle } from './html.js';
import { listingArticles } from './listing.js';
import { detectSource, isJsonSource, notAnExportReason, readsAsJson, type SourceChoice } from './detect.js';
import { parseExport, plain } from './json-export.js';
import { detectPlatform, platformReader } from './platforms/index.js';
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
  const articles = readArticles(file, config, options.source && options.source !== 'auto' ? options.source : undefined);
  // A locale folder (`fr/…`, `pt-br/…`) names the locale when the article does not.
  const locale = folderLocale(file.absolutePath, config);
  if (locale) {
    for (const article of articles) article.metadata.locale ??= locale.locale;
  }
  return articles;
}

function readArticles(file: SourceFile, config: ResolvedConfig, forced: SourceChoice | undefined): Article[] {
  if (forced === 'markdown') return [markdownArticle(file, config)];
  if (forced === 'html') return [htmlArticle(file, config)];
  if (forced === 'listing') return listingArticles(file, config);
  if (forced && isJsonSource(forced)) return platformReader(forced as Article['kind'])!.read(parseExport(file), config);
  if (readsAsJson(file.absolutePath, file.text)) {
    // Parsed once, with positions; the platform is told by the plain value.
    const parsed = parseExport(file);
    const value = plain(parsed.root);
    const reader = detectPlatform(value);
    if (!reader) throw new UnsupportedSourceError(notAnExportReason(value)!);
    return reader.read(parsed, config);
  }
  const detected = detectSource(file.absolutePath, file.text);
  if (!detected.ok) throw new UnsupportedSourceError(detected.reason);
  return readArticles(file, config, detected.kind);
}
