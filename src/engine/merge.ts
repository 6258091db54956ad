// Shard reports back into one: the JSON reports of `kblint --shard K/N` runs
// become the results an unsharded run would have given.
import { readFile } from 'node:fs/promises';
import type { FileResult, LintMessage, LintResults, RuleDescription } from '../model/types.js';
import type { JsonFile, JsonMessage, JsonReport } from '../reporters/json.js';
import { UsageError } from './errors.js';
import { summarize, docsUrl } from './check.js';

function toMessage(m: JsonMessage): LintMessage {
  return { ...m };
}

function toFile(file: JsonFile): FileResult {
  return {
    path: file.path,
    filePath: file.filePath ?? file.path,
    metadata: { ...file.metadata },
    messages: file.messages.map(toMessage),
    ...(file.suppressed === undefined ? {} : { suppressed: file.suppressed.map(toMessage) }),
    ...(file.metrics === undefined ? {} : { metrics: file.metrics }),
  };
}

/**
 * Merges JSON reports (read from `files`) into one set of results, described
 * by `rules` plus any rule id the reports name that `rules` does not. The
 * reports must share a reference date and may not both hold one article.
 */
export async function mergeReports(files: string[], rules: readonly RuleDescription[], shown: (file: string) => string = (f) => f): Promise<LintResults> {
  if (files.length === 0) throw new UsageError('kblint merge needs at least one JSON report');
  const reports: Array<{ file: string; report: JsonReport }> = [];
  for (const file of files) {
    let report: JsonReport;
    try {
      report = JSON.parse(await readFile(file, 'utf8')) as JsonReport;
    } catch (error) {
      throw new UsageError(`cannot read the report ${shown(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (report === null || typeof report !== 'object' || report.version !== 1 || !Array.isArray(report.files)) {
      throw new UsageError(`${shown(file)} is not a kblint JSON report (made with --format json)`);
    }
    reports.push({ file, report });
  }
  const now = reports[0]!.report.now;
  const other = reports.find((r) => r.report.now !== now);
  if (other) throw new UsageError(`the reports were judged on different dates (${now} in ${shown(reports[0]!.file)}, ${other.report.now} in ${shown(other.file)}); run every shard with the same --now`);
  const byPath = new Map<string, string>();
  const results: FileResult[] = [];
  for (const { file, report } of reports) {
    for (const entry of report.files) {
      const earlier = byPath.get(entry.path);
      if (earlier !== undefined) throw new UsageError(`${entry.path} is in both ${shown(earlier)} and ${shown(file)}: merge the reports of one sharded run only`);
      byPath.set(entry.path, file);
      results.push(toFile(entry));
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const suppressed = reports.some((r) => r.report.summary?.suppressed !== undefined)
    ? reports.reduce((n, r) => n + (r.report.summary?.suppressed ?? 0), 0)
    : undefined;
  const known = new Set(rules.map((r) => r.id));
  const extra: RuleDescription[] = [];
  for (const file of results) {
    for (const m of [...file.messages, ...(file.suppressed ?? [])]) {
      if (known.has(m.ruleId)) continue;
      known.add(m.ruleId);
      extra.push({ id: m.ruleId, description: `The ${m.ruleId} rule.`, defaultSeverity: m.severity, url: m.url ?? docsUrl(m.ruleId) });
    }
  }
  return {
    version: 1,
    now,
    files: results,
    summary: { ...summarize(results), ...(suppressed === undefined ? {} : { suppressed }) },
    rules: [...rules, ...extra],
  };
}
