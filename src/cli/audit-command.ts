// `kblint audit [paths..] --out DIR`: lint every article, then write the
// quarterly report (index.html, audit.json, articles.csv, summary.md) and
// store the audit in the history. An audit reports, it does not gate: exit 0
// once written (1 only with --fail-on), 2 on usage, config or write failure.
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { configSearchStart, lint } from '../engine/lint.js';
import { UsageError } from '../engine/errors.js';
import { computeCoverage, type ArticleCodeCoverage } from '../codes/coverage.js';
import { catalogFact, codeCoverageFact } from '../codes/facts.js';
import type { ErrorCodeCatalog } from '../codes/catalog.js';
import { articleName } from '../model/article.js';
import { isIsoDate } from '../metadata/dates.js';
import { KBLINT_VERSION } from '../model/version.js';
import type { ResolvedConfig } from '../config/schema.js';
import { toPosix } from '../config/policies.js';
import { buildAuditReport, configHash, NO_HISTORY, writeAudit, type AuditHistory } from '../audit/index.js';
import { openHistory, readHistory, recordAudit, type HistoryDb } from '../audit/history.js';
import type { AuditArgs } from './audit-options.js';
import { inputFromArgs, stderrPrinter, type CliIO } from './common.js';

/** A flag given twice (`--history a.db --no-history`) arrives as a list: the last one wins. */
function lastOf<T>(value: T | T[]): T {
  return Array.isArray(value) ? value[value.length - 1]! : value;
}

export async function runAudit(rawArgs: AuditArgs, io: CliIO): Promise<number> {
  const args: AuditArgs = { ...rawArgs, out: lastOf(rawArgs.out), history: lastOf(rawArgs.history), repoUrl: lastOf(rawArgs.repoUrl) };
  if (args.history === '') throw new UsageError('--history takes the path of an SQLite file (or use --no-history)');
  if (!args.out) throw new UsageError('audit needs --out DIR: the folder to write the report into');
  if (args.now !== undefined && !isIsoDate(args.now)) throw new UsageError(`--now takes a real date as YYYY-MM-DD, not "${args.now}"`);
  if (args.repoUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(args.repoUrl)) {
    throw new UsageError(`--repo-url takes an http(s) URL, not "${args.repoUrl}"`);
  }
  const progress = (text: string) => {
    if (io.stderrIsTTY) io.stderr(`${text}\n`);
  };
  const input = inputFromArgs(args, io);
  const outDir = path.resolve(io.cwd, args.out);
  const loadedConfig = await loadConfig({ configPath: input.configPath, searchFrom: configSearchStart(input.patterns, io.cwd), cwd: io.cwd });
  const hash = configHash(loadedConfig);
  // The report folder is never audited: its index.html and summary.md would count as articles next time.
  const outUnderConfig = toPosix(path.relative(loadedConfig.baseDir, outDir));
  const config =
    outUnderConfig === '' || outUnderConfig.startsWith('../') || path.isAbsolute(outUnderConfig)
      ? loadedConfig
      : { ...loadedConfig, ignore: [...(loadedConfig.ignore ?? []), `${outUnderConfig}/**`] };

  const historyPath = args.history === false ? null : path.resolve(io.cwd, args.history);
  const { db, history } = openHistoryFor(historyPath, io);

  try {
    // One run: the findings, and each article's error codes (a fact) for the catalog coverage.
    const articleCodes: { name: string; codes: ArticleCodeCoverage[] }[] = [];
    let catalog: ErrorCodeCatalog | null = null;
    const results = await lint({
      ...input,
      config,
      now: args.now,
      // The same link cache and results cache as `kblint lint`, with the same flags.
      flags: { offline: args.offline, linkCache: args.linkCache },
      ...(args.cache ? { cache: { ...(args.cacheLocation ? { location: args.cacheLocation } : {}) } } : {}),
      notify: stderrPrinter(io),
      collect: {
        facts: [codeCoverageFact],
        onRun: (facts) => void (catalog = facts.get(catalogFact)),
        onArticle: (article, facts) => articleCodes.push({ name: articleName(article.summary), codes: facts.get(codeCoverageFact) }),
      },
    });
    const coverage = catalog ? computeCoverage(articleCodes, catalog) : null;
    progress('audit: building the report');
    const report = buildAuditReport({
      results,
      config,
      cwd: io.cwd,
      outDir,
      repoUrl: args.repoUrl,
      history,
      coverage,
      generatedAt: new Date().toISOString(),
      kblintVersion: KBLINT_VERSION,
      configHash: hash,
    });
    try {
      await writeAudit(report, outDir);
    } catch (error) {
      io.stderr(`kblint: cannot write the audit to ${outDir}: ${(error as Error).message}\n`);
      return 2;
    }
    if (db) {
      try {
        recordAudit(db, report);
      } catch (error) {
        io.stderr(`kblint: warning: the audit was written but not stored in the history ${historyPath}: ${(error as Error).message}\n`);
      }
    }
    progress(`audit: wrote ${path.join(outDir, 'index.html')} (${report.headline.articles} articles)`);
    const { errors, warnings } = results.summary;
    if (args.failOn === 'error' && errors > 0) return 1;
    if (args.failOn === 'warning' && errors + warnings > 0) return 1;
    return 0;
  } finally {
    db?.close();
  }
}

/** The history to compare with, or none with a warning: a history problem never stops the report. */
function openHistoryFor(file: string | null, io: CliIO): { db: HistoryDb | null; history: AuditHistory } {
  if (file === null) return { db: null, history: NO_HISTORY };
  let db: HistoryDb | null = null;
  try {
    db = openHistory(file, { create: true });
    return { db, history: readHistory(db) };
  } catch (error) {
    db?.close();
    io.stderr(`kblint: warning: ${(error as Error).message}; the report is written without comparison and this audit is not stored\n`);
    return { db: null, history: NO_HISTORY };
  }
}
