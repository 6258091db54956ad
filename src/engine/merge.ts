// Shard reports back into one run: the JSON reports of `kblint --shard K/N`
// carry each article's summary, article-rule findings and shipped facts; the
// merge runs the corpus rules over all of them (links between articles,
// translations, dates), as the unsharded run would, and applies the baseline.
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import type { CorpusFact } from '../model/facts.js';
import type { LintResults, RunNotice, ShardData } from '../model/types.js';
import { KBLINT_VERSION } from '../model/version.js';
import type { JsonReport } from '../reporters/json.js';
import { applyBaseline, resolveBaseline } from './baseline.js';
import { CorpusPhase, corpusFactsOf, corpusRulesOf } from './corpus.js';
import { UsageError } from './errors.js';
import { describeThrown, RunFacts, type CorpusValue } from './facts.js';
import { configSearchStart, finishResults } from './lint.js';
import type { FileOutcome } from './outcome.js';
import { loadRules } from './rules.js';
import { SHARD_FORMAT, shardCorpusPart, shardOutcomes, shardSettings } from './shard-report.js';

export interface MergeOptions {
  /** The JSON reports, absolute paths. */
  files: string[];
  /** The folder merge runs from: the one the shards ran from, in a checkout of the same commit. */
  cwd: string;
  /** `--config`; default: the shards' `--config`, else found as lint finds it from the shards' paths. */
  configPath?: string;
  /** A baseline file, or false for none; default: `.kblint/baseline.json` beside the config, when it exists. */
  baseline?: string | false;
  notify?: (event: RunNotice) => void;
  /** How a report file is named in messages. */
  shown?: (file: string) => string;
}

async function readShard(file: string, shown: string): Promise<ShardData & { now: string }> {
  let report: JsonReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as JsonReport;
  } catch (error) {
    throw new UsageError(`cannot read the report ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (report === null || typeof report !== 'object' || report.version !== 1 || !Array.isArray(report.files)) {
    throw new UsageError(`${shown} is not a kblint JSON report (made with --format json)`);
  }
  const shard = report.shard;
  if (!shard || typeof shard !== 'object') throw new UsageError(`${shown} is not the report of a --shard run: lint with --shard K/N --format json:FILE, then merge those`);
  if (shard.format !== SHARD_FORMAT) throw new UsageError(`${shown} holds shard data of format ${String(shard.format)}; this kblint reads format ${SHARD_FORMAT}`);
  if (shard.kblint !== KBLINT_VERSION) throw new UsageError(`${shown} was written by kblint ${shard.kblint}; merge with the same version (this is ${KBLINT_VERSION})`);
  return { ...shard, now: report.now };
}

/** The shards of one run, checked: one count, each share once, one date, one config. */
function checkShards(shards: Array<{ file: string; data: ShardData & { now: string } }>, shown: (file: string) => string): void {
  const first = shards[0]!;
  const count = first.data.count;
  const seen = new Map<number, string>();
  for (const { file, data } of shards) {
    if (data.count !== count) throw new UsageError(`${shown(first.file)} is shard ${first.data.index}/${count} but ${shown(file)} is shard ${data.index}/${data.count}: merge the reports of one sharded run`);
    const earlier = seen.get(data.index);
    if (earlier !== undefined) throw new UsageError(`shard ${data.index}/${count} is in both ${shown(earlier)} and ${shown(file)}: merge the reports of one sharded run only`);
    seen.set(data.index, file);
    if (data.now !== first.data.now) {
      throw new UsageError(`the reports were judged on different dates (${first.data.now} in ${shown(first.file)}, ${data.now} in ${shown(file)}); run every shard with the same --now`);
    }
    if (data.settings !== first.data.settings) {
      throw new UsageError(`${shown(first.file)} and ${shown(file)} were linted with different settings (config, flags or kblint version): run every shard with the same ones`);
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) {
    throw new UsageError(`the report of shard ${missing.map((i) => `${i}/${count}`).join(', ')} is missing: merge every shard's report (a shard that failed must run again)`);
  }
}

export async function mergeShards(options: MergeOptions): Promise<LintResults> {
  const shown = options.shown ?? ((f: string) => f);
  if (options.files.length === 0) throw new UsageError('kblint merge needs at least one JSON report');
  const shards: Array<{ file: string; data: ShardData & { now: string } }> = [];
  for (const file of options.files) shards.push({ file, data: await readShard(file, shown(file)) });
  checkShards(shards, shown);
  shards.sort((a, b) => a.data.index - b.data.index);
  const { data: first } = shards[0]!;
  const configPath = options.configPath ?? first.configPath;
  const config: ResolvedConfig = await loadConfig({
    configPath,
    searchFrom: configSearchStart(first.patterns, options.cwd),
    cwd: options.cwd,
  });
  const flags = { offline: first.offline, linkCache: false };
  if (shardSettings(config, options.cwd, flags) !== first.settings) {
    const found = config.filePath ?? 'no config file';
    throw new UsageError(
      `the shards were linted with ${first.config ?? 'no config file'} and other settings than the merge finds (${found}): ` +
        'run kblint merge from the folder the shards ran in, on the same commit, with the same kblint (or pass --config)',
    );
  }
  const now = first.now;
  const notify = options.notify ?? (() => {});
  const rules = await loadRules(config);
  const runFacts = new RunFacts({ config, cwd: options.cwd, now, flags, notify });
  const run = { config, now, cwd: options.cwd, rules, runFacts };
  const corpusRules = corpusRulesOf(rules, config);

  // Shardable facts (external link results): the shards' parts joined, no network.
  const given = new Map<CorpusFact<unknown>, CorpusValue>();
  for (const fact of corpusFactsOf(corpusRules)) {
    if (!fact.shardable) continue;
    const parts = shards.map(({ data }) => shardCorpusPart(data, fact.id, options.cwd)).filter((part) => part !== undefined);
    const failed = parts.find((part) => !part.ok);
    if (failed && !failed.ok) {
      given.set(fact, failed);
      continue;
    }
    try {
      given.set(fact, { ok: true, value: fact.shardable.combine(parts.map((part) => (part as { value: unknown }).value), runFacts.input, runFacts) });
    } catch (error) {
      given.set(fact, { ok: false, reason: error instanceof Error ? error.message : describeThrown(error) });
    }
  }

  const phase = new CorpusPhase(run, corpusRules, { given });
  const ordered: FileOutcome[] = shards
    .flatMap(({ data }) => shardOutcomes(data, options.cwd))
    .sort((a, b) => a.order - b.order)
    .map(({ outcome }) => outcome);
  for (const outcome of ordered) phase.arrive(outcome);
  await phase.finish(ordered);
  const linted = finishResults(phase.results(ordered), run);
  const baseline = await resolveBaseline({ file: options.baseline }, options.cwd, config.baseDir);
  return baseline ? applyBaseline(linted, baseline) : linted;
}
