// Catalog coverage for `kblint codes`: for each catalog code, the articles that
// explain it, those that mention it without saying what it means or how to
// resolve it, or none; and the codes articles mention that the catalog lacks.
// Each article gives its codes as a compact article fact (codeCoverageFact);
// computeCoverage is pure over those; formatCoverage is pure over its result.
import type { ArticleCodes } from './analyze.js';
import { normalizeCode, type ErrorCodeCatalog } from './catalog.js';

/** One code an article names: what `kblint codes` needs of it (plain data). */
export interface ArticleCodeCoverage {
  key: string;
  code: string;
  line: number;
  column: number;
  missing: ('meaning' | 'resolution')[];
}

export function articleCoverage(codes: ArticleCodes): ArticleCodeCoverage[] {
  return codes.codes.map((report) => {
    const at = report.anchor ?? report.mentions[0]!;
    const missing: ArticleCodeCoverage['missing'] = [];
    if (!report.meaning) missing.push('meaning');
    if (!report.resolution) missing.push('resolution');
    return { key: report.key, code: report.entry?.code ?? report.code, line: at.span.start.line, column: at.span.start.column, missing };
  });
}

export interface CoverageMention {
  /** The article, as lint results name it (`path`, or `path#key` for one of several in a file). */
  article: string;
  line: number;
  column: number;
  /** What the article leaves out; empty when it explains the code. */
  missing: ('meaning' | 'resolution')[];
}

export interface CatalogCodeCoverage {
  code: string;
  message: string;
  deprecated?: boolean;
  replacedBy?: string;
  /** explained: some article says what it means and how to resolve it; mentioned: only without context; none: no article names it. */
  status: 'explained' | 'mentioned' | 'none';
  explainedIn: CoverageMention[];
  mentionedIn: CoverageMention[];
}

export interface UnlistedCodeCoverage {
  code: string;
  /** Every article that names it, with whether it explains it. */
  mentions: CoverageMention[];
}

export interface CodeCoverage {
  version: 1;
  /** The catalog file as the config names it, or null without one. */
  catalog: string | null;
  articles: number;
  codes: CatalogCodeCoverage[];
  /** Codes found in articles but not in the catalog (every code found, without a catalog). */
  unlisted: UnlistedCodeCoverage[];
  summary: { catalogCodes: number; explained: number; mentioned: number; none: number; unlisted: number };
}

/** `articles`: each article's name (as lint results give it) and its codes. */
export function computeCoverage(
  articles: readonly { name: string; codes: readonly ArticleCodeCoverage[] }[],
  catalog: ErrorCodeCatalog | null,
): CodeCoverage {
  const found = new Map<string, { code: string; mentions: CoverageMention[] }>();
  for (const article of articles) {
    for (const report of article.codes) {
      const entry = found.get(report.key) ?? { code: report.code, mentions: [] };
      entry.mentions.push({ article: article.name, line: report.line, column: report.column, missing: report.missing });
      found.set(report.key, entry);
    }
  }
  const byArticle = (a: CoverageMention, b: CoverageMention) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.line - b.line);
  const codes: CatalogCodeCoverage[] = [];
  for (const entry of catalog?.entries.values() ?? []) {
    const mentions = (found.get(normalizeCode(entry.code))?.mentions ?? []).sort(byArticle);
    const explainedIn = mentions.filter((m) => m.missing.length === 0);
    const mentionedIn = mentions.filter((m) => m.missing.length > 0);
    codes.push({
      code: entry.code,
      message: entry.message,
      ...(entry.deprecated ? { deprecated: true } : {}),
      ...(entry.replacedBy ? { replacedBy: entry.replacedBy } : {}),
      status: explainedIn.length > 0 ? 'explained' : mentionedIn.length > 0 ? 'mentioned' : 'none',
      explainedIn,
      mentionedIn,
    });
  }
  codes.sort((a, b) => compareCodes(a.code, b.code));
  const unlisted = [...found.entries()]
    .filter(([key]) => !catalog?.entries.has(key))
    .map(([, v]) => ({ code: v.code, mentions: v.mentions.sort(byArticle) }))
    .sort((a, b) => compareCodes(a.code, b.code));
  return {
    version: 1,
    catalog: catalog?.file ?? null,
    articles: articles.length,
    codes,
    unlisted,
    summary: {
      catalogCodes: codes.length,
      explained: codes.filter((c) => c.status === 'explained').length,
      mentioned: codes.filter((c) => c.status === 'mentioned').length,
      none: codes.filter((c) => c.status === 'none').length,
      unlisted: unlisted.length,
    },
  };
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

const where = (m: CoverageMention) => `${m.article}:${m.line}`;
const gap = (m: CoverageMention) =>
  m.missing.length === 2 ? 'says neither what it means nor how to resolve it' : m.missing[0] === 'meaning' ? 'does not say what it means' : 'does not say how to resolve it';

export function formatCoverage(coverage: CodeCoverage, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(coverage, null, 2)}\n`;
  const out: string[] = [];
  const { summary } = coverage;
  const articles = `${coverage.articles} article${coverage.articles === 1 ? '' : 's'}`;
  if (coverage.catalog) {
    out.push(`Error-code coverage of ${coverage.catalog} (${summary.catalogCodes} codes) in ${articles}`);
  } else {
    out.push(`Error codes in ${articles} (no errorCodes.catalog configured, so no catalog coverage)`);
  }
  const width = Math.max(5, ...coverage.codes.map((c) => c.code.length), ...coverage.unlisted.map((c) => c.code.length));
  const pad = ' '.repeat(width + 4);
  const section = (title: string, list: CatalogCodeCoverage[]) => {
    if (list.length === 0) return;
    out.push('', `${title} (${list.length})`);
    for (const c of list) {
      const flags = c.deprecated ? ` [deprecated${c.replacedBy ? `, use ${c.replacedBy}` : ''}]` : '';
      out.push(`  ${c.code.padEnd(width)}  ${c.message}${flags}`);
      if (c.explainedIn.length > 0) out.push(`${pad}explained in: ${c.explainedIn.map(where).join(', ')}`);
      for (const m of c.mentionedIn) out.push(`${pad}without context: ${where(m)} (${gap(m)})`);
    }
  };
  if (coverage.catalog) {
    section('Explained', coverage.codes.filter((c) => c.status === 'explained'));
    section('Mentioned without context only', coverage.codes.filter((c) => c.status === 'mentioned'));
    section('In no article', coverage.codes.filter((c) => c.status === 'none'));
  }
  if (coverage.unlisted.length > 0) {
    out.push('', coverage.catalog ? `Not in the catalog (${coverage.unlisted.length})` : `Codes found (${coverage.unlisted.length})`);
    for (const c of coverage.unlisted) {
      out.push(`  ${c.code.padEnd(width)}  ${c.mentions.map((m) => `${where(m)}${m.missing.length > 0 ? ' (without context)' : ''}`).join(', ')}`);
    }
  }
  out.push(
    '',
    coverage.catalog
      ? `${summary.explained} explained, ${summary.mentioned} mentioned without context only, ${summary.none} in no article; ${summary.unlisted} not in the catalog.`
      : `${summary.unlisted} code${summary.unlisted === 1 ? '' : 's'} found.`,
  );
  return `${out.join('\n')}\n`;
}
