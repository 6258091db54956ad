// The results cache (`--cache`): per file, the outcome of its job (article
// rules' messages, metadata summary, shipped facts), keyed by the file's bytes,
// the resolved config, the job's settings and kblint's version. Corpus rules
// and every verdict against the reference date always run again on the
// cached facts; an outcome whose article rules read the date is kept for that
// date only. One file, written atomically; a corrupt or foreign one is
// ignored with a notice; entries not used for a while are pruned. Outcomes
// are stored serialized in batches and turned back into objects a batch at a
// time, when a file of the batch is looked up: a warm run holds the cache's
// bytes, not every outcome in it twice over.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/write-atomic.js';
import path from 'node:path';
import { DefaultDeserializer, DefaultSerializer, deserialize, serialize } from 'node:v8';
import { KBLINT_VERSION } from '../model/version.js';
import type { IsoDate } from '../model/types.js';
import type { FileOutcome } from './outcome.js';

export const DEFAULT_CACHE_LOCATION = '.kblint/cache';
const CACHE_FILE = 'results-v1.bin';
const KIND = 'kblint-results-cache';
/** 2: framed batches (1 was one node:v8 value holding every outcome as objects). */
const FORMAT = 2;
/** Entries kept beyond the ones this run used. */
const SPARE_ENTRIES = 10_000;
/**
 * Outcomes per batch: each batch is one serializer's buffer of a few hundred
 * KiB. One buffer per outcome (tens of thousands of small allocations) left
 * the process 200 MiB larger after writing a large cache.
 */
const BATCH_SIZE = 256;

/** Outcomes serialized together (node:v8: one header, then one value per outcome), decoded together when first needed. */
class Batch {
  private decoded: FileOutcome[] | null = null;
  constructor(
    private readonly bytes: Buffer,
    private readonly count: number,
  ) {}

  /** Outcome `index`; throws when the bytes are damaged. */
  outcome(index: number): FileOutcome {
    if (!this.decoded) {
      const reader = new DefaultDeserializer(this.bytes);
      reader.readHeader();
      const decoded: FileOutcome[] = [];
      for (let i = 0; i < this.count; i++) decoded.push(reader.readValue() as FileOutcome);
      this.decoded = decoded;
    }
    const outcome = this.decoded[index];
    if (outcome === undefined) throw new Error('no such outcome in its batch');
    return outcome;
  }
}

interface Entry {
  /** The outcome this run computed (the run holds it anyway), or where the file has it. */
  outcome: FileOutcome | { batch: Batch; index: number };
  /** Set when the outcome holds only for this reference date. */
  now?: IsoDate;
  /** When a run last used it (ms since the epoch), for pruning. */
  used: number;
}

/**
 * The file: MAGIC, then frames (a 4-byte little-endian length, then that many
 * bytes): the header (node:v8-serialized `{ kind, format, version }`), then
 * per batch its entries' `[key, now | null, used]` list and its outcomes.
 * Written a batch at a time, so the cache is never one more copy in memory.
 */
const MAGIC = Buffer.from('kblint results cache\n');

interface Header {
  kind: typeof KIND;
  format: typeof FORMAT;
  version: string;
}

function outcomeOf(entry: Entry): FileOutcome {
  return 'batch' in entry.outcome ? entry.outcome.batch.outcome(entry.outcome.index) : entry.outcome;
}

function* frames(entries: ReadonlyArray<[string, Entry]>): Generator<Uint8Array> {
  const frame = function* (bytes: Uint8Array): Generator<Uint8Array> {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    yield length;
    yield bytes;
  };
  yield MAGIC;
  yield* frame(serialize({ kind: KIND, format: FORMAT, version: KBLINT_VERSION } satisfies Header));
  for (let start = 0; start < entries.length; start += BATCH_SIZE) {
    // An entry whose batch in the old file cannot be decoded any more is left out.
    const batch = entries.slice(start, start + BATCH_SIZE).flatMap(([key, entry]) => {
      try {
        return [{ key, entry, outcome: outcomeOf(entry) }];
      } catch {
        return [];
      }
    });
    if (batch.length === 0) continue;
    yield* frame(serialize(batch.map(({ key, entry }) => [key, entry.now ?? null, entry.used])));
    const writer = new DefaultSerializer();
    writer.writeHeader();
    for (const { outcome } of batch) writer.writeValue(outcome);
    yield* frame(writer.releaseBuffer());
  }
}

/** The entries of a file in this layout; null when it is not one (throws on a damaged frame). */
function readFrames(bytes: Buffer): { header: Partial<Header>; entries: Map<string, Entry> } | null {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  let offset = MAGIC.length;
  const next = (): Buffer => {
    if (offset + 4 > bytes.length) throw new Error('truncated');
    const length = bytes.readUInt32LE(offset);
    const start = offset + 4;
    if (start + length > bytes.length) throw new Error('truncated');
    offset = start + length;
    return bytes.subarray(start, offset);
  };
  const header = deserialize(next()) as Partial<Header>;
  const entries = new Map<string, Entry>();
  while (offset < bytes.length) {
    const keys = deserialize(next()) as Array<[string, IsoDate | null, number]>;
    if (!Array.isArray(keys)) throw new Error('damaged batch');
    const batch = new Batch(next(), keys.length);
    keys.forEach(([key, now, used], index) => {
      if (typeof key !== 'string' || typeof used !== 'number') throw new Error('damaged entry');
      entries.set(key, { outcome: { batch, index }, ...(now ? { now } : {}), used });
    });
  }
  return { header, entries };
}

export class ResultsCache {
  private readonly usedThisRun = new Set<string>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, Entry>,
    /** Everything but the file's bytes and path that the outcome depends on. */
    private readonly settingsHash: string,
  ) {}

  /** Open the cache in `location` (a folder); a missing file is an empty cache. */
  static async open(location: string, settings: unknown, notify: (message: string) => void): Promise<ResultsCache> {
    const file = path.join(location, CACHE_FILE);
    const settingsHash = createHash('sha256').update(KBLINT_VERSION).update('\0').update(JSON.stringify(settings)).digest('hex');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') notify(`cannot read the results cache ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); linting every file`);
      return new ResultsCache(file, new Map(), settingsHash);
    }
    let read: ReturnType<typeof readFrames> = null;
    let damaged = false;
    try {
      read = readFrames(bytes);
    } catch {
      damaged = true;
    }
    if (!read && !damaged && isEarlierLayout(bytes)) return new ResultsCache(file, new Map(), settingsHash);
    if (!read || read.header.kind !== KIND || read.header.format !== FORMAT) {
      notify(`ignoring the results cache ${file}: it is not a kblint ${FORMAT} results cache (corrupt, or written by another tool); it will be rewritten`);
      return new ResultsCache(file, new Map(), settingsHash);
    }
    // Another kblint version's entries can never match (the version is in every key): drop them now.
    return new ResultsCache(file, read.header.version === KBLINT_VERSION ? read.entries : new Map(), settingsHash);
  }

  /** The key of one file's job. */
  key(relativePath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.settingsHash).update('\0').update(relativePath).update('\0').update(bytes).digest('hex');
  }

  get(key: string, now: IsoDate): FileOutcome | undefined {
    const entry = this.entries.get(key);
    if (!entry || (entry.now !== undefined && entry.now !== now)) return undefined;
    this.usedThisRun.add(key);
    // A warm run rewrites the file only to refresh ages that matter for pruning (older than an hour).
    const time = Date.now();
    if (time - entry.used > 3_600_000) {
      entry.used = time;
      this.changed = true;
    }
    try {
      return outcomeOf(entry);
    } catch {
      // A damaged batch is a miss: the file is linted again and the entry replaced.
      this.entries.delete(key);
      this.changed = true;
      return undefined;
    }
  }

  set(key: string, outcome: FileOutcome, now: IsoDate): void {
    // A file that could not be read is tried again next time (it may be fixed, or a transient error).
    if (outcome.error !== undefined) return;
    this.entries.set(key, { outcome, ...(outcome.readsNow ? { now } : {}), used: Date.now() });
    this.usedThisRun.add(key);
    this.changed = true;
  }

  /** Write the cache atomically (a temporary file, then a rename), pruned to this run's entries plus the most recent others. */
  async save(): Promise<void> {
    if (!this.changed && this.entries.size <= this.usedThisRun.size + SPARE_ENTRIES) return;
    const others = [...this.entries].filter(([key]) => !this.usedThisRun.has(key)).sort((a, b) => b[1].used - a[1].used).slice(0, SPARE_ENTRIES);
    const kept = [...this.entries].filter(([key]) => this.usedThisRun.has(key)).concat(others);
    await writeFileAtomic(this.file, frames(kept));
    this.changed = false;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A cache an earlier kblint wrote (format 1: one node:v8 value): its entries could never match, so it is replaced without a notice. */
function isEarlierLayout(bytes: Buffer): boolean {
  try {
    const value = deserialize(bytes) as { kind?: unknown } | null;
    return value?.kind === KIND;
  } catch {
    return false;
  }
}
