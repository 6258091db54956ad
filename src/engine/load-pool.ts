// The per-file jobs run in worker threads (piscina) when there are many
// files, in this thread when there are few. Each worker is set up once (rules,
// run facts) and keeps two files in flight so it never waits for the main
// thread. A file's time budget starts when a worker starts it and covers
// reading, parsing, the article rules and the facts: a file built to make the
// parser (or a rule) go quadratic is stopped and reported, naming the step.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { Piscina as PiscinaPool } from 'piscina';
import type { JobSetup, JobSpec, JobTask } from './file-job.js';
import type { FileOutcome } from './outcome.js';

/** Files per worker thread below which another thread costs more than it saves. */
const FILES_PER_THREAD = 16;
/**
 * A small run stays in this thread: starting a worker costs about half a CPU
 * second (it loads every reader and rule again), as much as linting some forty
 * ordinary articles. The size caps bound what an untimed run can cost: the
 * quadratic cases the time limit exists for (thousands of emphasis markers)
 * need tens of KiB to take seconds.
 */
export const SMALL_RUN = { files: 64, fileBytes: 32 * 1024, totalBytes: 256 * 1024 } as const;
/**
 * A worker's heap limits. Almost all a worker allocates is garbage within one
 * file. V8 lets a heap that may reach 2 GiB or more grow to about four times
 * what survives a full collection before it collects again; under 2 GiB it
 * allows about twice. Several workers get the smaller limit so that their sum
 * stays flat: measured on 2,461 real articles with two workers, peak RSS 446
 * MiB without limits, 350 MiB with them, for about 4 cpu-s more (more full
 * collections; bench/README.md). A lone worker keeps V8's wider growth: it
 * holds as much as the main thread would, and the extra collections would buy
 * nothing. The young generation is set too, at V8's own size for such a heap:
 * an old-generation limit alone would shrink it, and V8 would then promote
 * nearly every object.
 */
export const WORKER_HEAP = {
  shared: { maxOldGenerationSizeMb: 2000, maxYoungGenerationSizeMb: 48 },
  alone: { maxOldGenerationSizeMb: 4096, maxYoungGenerationSizeMb: 48 },
} as const;

export function workerHeap(workers: number): (typeof WORKER_HEAP)[keyof typeof WORKER_HEAP] {
  return workers > 1 ? WORKER_HEAP.shared : WORKER_HEAP.alone;
}
/** Files handed to each worker at once: one running, one waiting in its queue. */
const IN_FLIGHT_PER_THREAD = 2;
export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;
/** Why a file may need so long or so much memory, for a stopped job's message. */
const PATHOLOGICAL = 'the file may be pathological, e.g. thousands of nested lists or emphasis markers';

/** Stage codes a worker writes for its current file (see `describeStage`). */
export const STAGE = { idle: 0, reading: 1, rules: 10 } as const;

export interface PoolOptions {
  /**
   * Worker threads; 0 runs every job in this thread, with no time limit.
   * Default: none for a small run (see `SMALL_RUN`) with no time limit asked
   * for, else one per 16 files, at most 4 and one fewer than the cores (see
   * `defaultJobs`), and always at least one so that every file is
   * time-limited.
   */
  jobs?: number;
  /** The per-file budget (asked for: the jobs run in workers); when absent a small run stays in this thread, untimed. */
  parseTimeoutMs?: number;
  /** Called as each file's outcome arrives, so the caller can start on its facts. */
  onDone?: (outcome: FileOutcome) => void;
  /** Ids of the article rules in the order the job runs them, to name a stage. */
  articleRuleIds: readonly string[];
}

// The worker runs compiled JavaScript. Under a TypeScript test runner (src/)
// the sibling .js does not exist: the built one in dist/ is used when there is
// one (npm test builds first), so in-process tests cover the worker path too;
// with neither, the jobs stay in this thread.
const workerFile = [new URL('./load-worker.js', import.meta.url), new URL('../../dist/src/engine/load-worker.js', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((file) => existsSync(file));

/**
 * One worker per 16 files, at most 4, and one core left over: V8's background
 * threads (collection and optimizing compiles) take about a third of what a
 * worker uses, and the main thread merges the outcomes. On 2 cores one worker
 * did the corpus in 15 s and 20 cpu-s, two workers in 15 s and 26 cpu-s
 * (bench/README.md).
 */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1, Math.ceil(files / FILES_PER_THREAD)));
}

/** What a worker task carries: the file, and the slot it reports its progress in. */
export interface WorkerTask extends JobTask {
  slot: number;
}

/** What every worker gets once. */
export interface WorkerData {
  spec: JobSpec;
  /** Per slot: [milliseconds since `epoch` the file started (0: not started), stage code]. */
  progress: SharedArrayBuffer;
  epoch: number;
}

export async function runJobs(
  tasks: JobTask[],
  spec: JobSpec,
  inProcess: () => Promise<JobSetup>,
  options: PoolOptions,
): Promise<FileOutcome[]> {
  const report = (outcome: FileOutcome): FileOutcome => {
    options.onDone?.(outcome);
    return outcome;
  };
  // A small run with no time limit asked for stays in this thread: starting a worker costs more than it saves.
  const small = options.parseTimeoutMs === undefined && options.jobs === undefined && (await isSmallRun(tasks));
  const jobs = Math.min(options.jobs ?? (small ? 0 : defaultJobs(tasks.length)), Math.max(1, tasks.length));
  if (jobs < 1 || !workerFile) {
    const { runFileJob } = await import('./file-job.js');
    const setup = await inProcess();
    const limit = pLimit(16);
    return Promise.all(tasks.map((task) => limit(() => runFileJob(task, setup).then(report))));
  }
  const timeoutMs = options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const slots = jobs * IN_FLIGHT_PER_THREAD;
  const progress = new SharedArrayBuffer(slots * 2 * Int32Array.BYTES_PER_ELEMENT);
  const view = new Int32Array(progress);
  const epoch = Date.now();
  const { Piscina } = await import('piscina');
  // The main thread's stack size (about 1 MiB), not a worker's default 4 MiB:
  // with the larger stack a file nested thousands of levels deep parses for
  // half a minute in gigabytes instead of failing fast with a clear message.
  // The heap limits keep the workers' heaps flat (see WORKER_HEAP).
  const pool: PiscinaPool<WorkerTask, FileOutcome> = new Piscina<WorkerTask, FileOutcome>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 500,
    resourceLimits: { stackSizeMb: 1, ...workerHeap(jobs) },
    workerData: { spec, progress, epoch } satisfies WorkerData,
  });
  const free = Array.from({ length: slots }, (_, i) => i);
  const running = new Map<number, AbortController>();
  // The watchdog: a file over its budget since its worker started it is stopped.
  const watchdog = setInterval(() => {
    const now = Date.now() - epoch;
    for (const [slot, controller] of running) {
      const started = Atomics.load(view, slot * 2);
      if (started > 0 && now - started > timeoutMs) controller.abort();
    }
  }, Math.min(250, Math.max(10, timeoutMs / 4)));
  watchdog.unref();
  const limit = pLimit(slots);
  try {
    return await Promise.all(
      tasks.map((task) =>
        limit(async (): Promise<FileOutcome> => {
          const slot = free.pop()!;
          Atomics.store(view, slot * 2, 0);
          Atomics.store(view, slot * 2 + 1, STAGE.idle);
          const controller = new AbortController();
          running.set(slot, controller);
          try {
            return report(await pool.run({ ...task, slot }, { signal: controller.signal }));
          } catch (error) {
            const aborted = controller.signal.aborted;
            const stage = describeStage(Atomics.load(view, slot * 2 + 1), options.articleRuleIds);
            const reason = aborted
              ? `${stage} took longer than ${formatSeconds(timeoutMs)} and was stopped (${PATHOLOGICAL})`
              : describeWorkerFailure(error, stage, workerHeap(jobs).maxOldGenerationSizeMb);
            return report({ absolutePath: task.absolutePath, path: task.path, articles: [], error: reason });
          } finally {
            running.delete(slot);
            free.push(slot);
          }
        }),
      ),
    );
  } finally {
    clearInterval(watchdog);
    await pool.destroy();
  }
}

/** Few files, each small enough that no content can make it parse for long (see `SMALL_RUN`). */
export async function isSmallRun(tasks: readonly JobTask[]): Promise<boolean> {
  if (tasks.length >= SMALL_RUN.files) return false;
  // A file that cannot be stat'ed counts as empty: its job reports why it cannot be read.
  const sizes = await Promise.all(
    tasks.map((task) => (task.text !== undefined ? Buffer.byteLength(task.text) : stat(task.absolutePath).then((s) => s.size, () => 0))),
  );
  return sizes.every((size) => size <= SMALL_RUN.fileBytes) && sizes.reduce((sum, size) => sum + size, 0) <= SMALL_RUN.totalBytes;
}

/** Why a worker's job failed, for its file's message. */
export function describeWorkerFailure(error: unknown, stage: string, heapLimitMb: number): string {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `${stage} needed more than ${heapLimitMb} MiB of memory and was stopped (${PATHOLOGICAL})`;
  }
  return `parsing failed: ${(error as Error)?.message ?? String(error)}`;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** The step a stopped file was in, for its message. */
export function describeStage(stage: number, articleRuleIds: readonly string[]): string {
  if (stage >= STAGE.rules) {
    const id = articleRuleIds[stage - STAGE.rules];
    return id ? `the rule "${id}"` : 'building the article facts';
  }
  return 'parsing';
}
