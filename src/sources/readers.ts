// The readers of every format but Markdown: HTML, listings and the platforms'
// JSON exports, with content detection. Loaded on demand (index.ts:
// prepareReaders) when a run meets a file that is not Markdown.
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { markdownArticle, type SourceFile } from './markdown.js';
import { htmlArticle } from './html.js';
import { listingArticles } from './listing.js';
import { detectSource, isJsonSource, notAnExportReason, readsAsJson, type SourceChoice } from './detect.js';
import { parseExport, plain } from './json-export.js';
import { detectPlatform, platformReader } from './platforms/index.js';

class UnsupportedSourceError extends Error {
  override name = 'UnsupportedSourceError';
}

export function readArticles(file: SourceFile, config: ResolvedConfig, forced: SourceChoice | undefined): Article[] {
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
