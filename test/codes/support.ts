// Helpers for the error-code tests: analyze Markdown text without files.
import { parseMarkdown } from '../../src/sources/markdown.js';
import { analyzeArticle, type ArticleCodes } from '../../src/codes/analyze.js';
import { parseCatalog, type ErrorCodeCatalog } from '../../src/codes/catalog.js';
import { type CodeMention, type CodeSettings, createCodeSettings, detectMentions } from '../../src/codes/detect.js';
import { extractText } from '../../src/codes/text.js';

export function settings(options: { pattern?: string; catalog?: string; ignore?: string[] } = {}): CodeSettings {
  return createCodeSettings({
    pattern: options.pattern,
    catalog: options.catalog ? parseCatalog(options.catalog, 'catalog.yaml') : null,
    ignore: options.ignore,
  });
}

export function mentions(markdown: string, s: CodeSettings = settings()): CodeMention[] {
  return detectMentions(extractText(parseMarkdown(markdown), markdown), s);
}

/** The codes found, as written. */
export function codes(markdown: string, s: CodeSettings = settings()): string[] {
  return mentions(markdown, s).map((m) => m.code);
}

export function analyze(markdown: string, s: CodeSettings = settings()): ArticleCodes {
  return analyzeArticle({ tree: parseMarkdown(markdown), source: markdown }, s);
}

export function verdict(markdown: string, code: string, s: CodeSettings = settings()): { meaning: boolean; resolution: boolean } {
  const report = analyze(markdown, s).codes.find((c) => c.code === code);
  if (!report) throw new Error(`${code} was not detected in:\n${markdown}`);
  return { meaning: report.meaning, resolution: report.resolution };
}

export type { ErrorCodeCatalog };
