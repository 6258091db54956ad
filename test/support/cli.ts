// Running the CLI: in-process through `main(argv, io)` (most tests), or the
// built binary as editors and CI do (a few smoke tests; npm test builds first).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const bin = path.join(REPO_ROOT, 'bin/kblint.js');
const run = promisify(execFile);

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI in this process, through its IO seam (`stdin` is what `--stdin` reads). A small run is
 * linted in this thread; `--jobs N` or `--parse-timeout` puts the jobs in (built) worker threads.
 */
export async function runKblint(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<CliOutcome> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: path.resolve(options.cwd ?? REPO_ROOT),
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    ...(options.stdin !== undefined ? { readStdin: async () => Buffer.from(options.stdin!) } : {}),
  });
  return { code, stdout, stderr };
}

/** The built binary in a child process. */
export async function spawnKblint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliOutcome> {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: options.cwd ?? REPO_ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}
