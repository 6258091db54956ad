// Parsing is CPU-bound per-file work, so files are parsed in worker threads
// (their results are structured-cloned back: about 6% of the parse cost).
// Workers also bound each file's parse time: a file built to make the
// Markdown parser go quadratic is stopped and reported, not left to hang CI.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { loadFile, type LoadedFile, type LoadTask } from './load-file.js';

/** Files per worker thread below which another thread costs more than it saves. */
const FILES_PER_THREAD = 16;
export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;

export interface PoolOptions {
  /**
   * Worker threads; 0 parses in this thread, with no time limit. Default: one
   * per 16 files, up to the cores (at most 4), and always at least one so
   * that every parse is time-limited.
   */
  jobs?: number;
  parseTimeoutMs?: number;
  /** Called as each file finishes loading, so the caller can start on it. */
  onLoaded?: (file: LoadedFile) => void;
}

// The worker runs compiled JavaScript: under a TypeScript test runner the
// sibling .js does not exist and parsing stays in-process.
const workerFile = fileURLToPath(new URL('./load-worker.js', import.meta.url));

export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(4, availableParallelism(), Math.ceil(files / FILES_PER_THREAD)));
}

export async function loadAll(tasks: LoadTask[], options: PoolOptions = {}): Promise<LoadedFile[]> {
  const report = (file: LoadedFile): LoadedFile => {
    options.onLoaded?.(file);
    return file;
  };
  const jobs = Math.min(options.jobs ?? defaultJobs(tasks.length), Math.max(1, tasks.length));
  if (jobs < 1 || !existsSync(workerFile)) {
    const limit = pLimit(16);
    return Promise.all(tasks.map((task) => limit(() => loadFile(task).then(report))));
  }
  const timeoutMs = options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  // The main thread's stack size (about 1 MiB), not a worker's default 4 MiB:
  // with the larger stack a file nested thousands of levels deep parses for
  // half a minute in gigabytes instead of failing fast with a clear message.
  const pool = new Piscina<LoadTask, LoadedFile>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 500,
    resourceLimits: { stackSizeMb: 1 },
  });
  // Hand the pool only as many tasks as it has threads, so a task's timer
  // starts when it starts running, not while it waits in a queue.
  const limit = pLimit(jobs);
  try {
    return await Promise.all(
      tasks.map((task) =>
        limit(async (): Promise<LoadedFile> => {
          try {
            return report(await pool.run(task, { signal: AbortSignal.timeout(timeoutMs) }));
          } catch (error) {
            const aborted = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
            const reason = aborted
              ? `parsing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped (the file may be pathological, e.g. thousands of nested lists or emphasis markers)`
              : `parsing failed: ${(error as Error).message}`;
            return report({ absolutePath: task.absolutePath, path: task.path, articles: [], error: reason });
          }
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
