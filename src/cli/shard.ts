// `--shard K/N`: a stable share of the files for one of N CI jobs, by a hash
// of each file's path, so adding an article moves no other article between shards.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { toPosix } from '../config/policies.js';
import { UsageError } from '../engine/errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N (e.g. --shard 2/4), not "${value}"`);
  }
  return { index, count };
}

/** Which shard (1-based) a file belongs to, from its path relative to the working folder. */
export function shardOf(relativePath: string, count: number): number {
  const hash = createHash('sha256').update(toPosix(relativePath)).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

export function shardFilter(shard: Shard, cwd: string): (absolutePath: string) => boolean {
  return (absolutePath) => shardOf(path.relative(cwd, absolutePath), shard.count) === shard.index;
}
