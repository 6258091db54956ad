// What a `--shard K/N` run keeps in its JSON report for `kblint merge`: each
// of its files' outcomes (article summaries, article-rule findings, inline
// comments, the shipped article facts) and the shardable corpus facts it built
// (external link results), as versioned plain data. Paths under the folder
// kblint ran from are stored relative to it.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { toPosix } from '../config/policies.js';
import type { CorpusFact } from '../model/facts.js';
import type { RunFlags, ShardData } from '../model/types.js';
import { KBLINT_VERSION } from '../model/version.js';
import { fromTagged, toTagged } from '../util/tagged-json.js';
import type { CorpusValue } from './facts.js';
import type { FileOutcome } from './outcome.js';

/** The layout of `shard` in a JSON report; `kblint merge` reads this one only. */
export const SHARD_FORMAT = 1;

/** What the shard's findings depend on besides the files: kblint's version, the config (paths relative to `cwd`), the flags. */
export function shardSettings(config: ResolvedConfig, cwd: string, flags: Pick<RunFlags, 'offline'>): string {
  const root = path.resolve(cwd);
  const relative = (_key: string, value: unknown) =>
    typeof value === 'string' && (value === root || value.startsWith(root + path.sep)) ? `<cwd>/${toPosix(path.relative(root, value))}` : value;
  return createHash('sha256')
    .update(KBLINT_VERSION)
    .update('\0')
    .update(JSON.stringify(config, relative) ?? '')
    .update('\0')
    .update(JSON.stringify({ offline: flags.offline }))
    .digest('hex')
    .slice(0, 32);
}

export interface ShardInput {
  shard: { index: number; count: number };
  cwd: string;
  config: ResolvedConfig;
  patterns: string[];
  configPath?: string;
  flags: RunFlags;
  /** Every file discovery found (the unsharded run's order), then the unlintable paths. */
  order: ReadonlyMap<string, number>;
  outcomes: readonly FileOutcome[];
  corpus: ReadonlyMap<CorpusFact<unknown>, CorpusValue>;
  /** The corpus rules left to the merge. */
  deferred: string[];
}

export function shardData(input: ShardInput): ShardData {
  const root = { root: input.cwd };
  const corpus: ShardData['corpus'] = {};
  for (const [fact, value] of input.corpus) {
    if (!fact.shardable) continue;
    corpus[fact.id] = value.ok ? { ok: true, value: toTagged(fact.shardable.save(value.value), root) } : { ok: false, reason: value.reason };
  }
  return {
    format: SHARD_FORMAT,
    kblint: KBLINT_VERSION,
    index: input.shard.index,
    count: input.shard.count,
    patterns: input.patterns,
    ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
    config: input.config.filePath ? toPosix(path.relative(input.cwd, input.config.filePath)) : null,
    settings: shardSettings(input.config, input.cwd, input.flags),
    offline: input.flags.offline,
    deferred: input.deferred,
    // Each outcome with its place in the whole run, so the merge adds articles in the unsharded order.
    outcomes: input.outcomes.map((outcome) => ({ order: input.order.get(outcome.absolutePath) ?? -1, outcome: toTagged(outcome, root) })),
    corpus,
  };
}

/** A shard's outcomes back, their paths resolved against the merge's folder. */
export function shardOutcomes(data: ShardData, cwd: string): Array<{ order: number; outcome: FileOutcome }> {
  return data.outcomes.map(({ order, outcome }) => ({ order, outcome: fromTagged(outcome, { root: cwd }) as FileOutcome }));
}

/** A shard's saved part of a shardable corpus fact. */
export function shardCorpusPart(data: ShardData, id: string, cwd: string): CorpusValue | undefined {
  const part = data.corpus[id];
  if (part === undefined) return undefined;
  return part.ok ? { ok: true, value: fromTagged(part.value, { root: cwd }) } : { ok: false, reason: part.reason };
}
