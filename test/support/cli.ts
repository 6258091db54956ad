// Running the built binary as editors and CI do (npm test builds first).
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

export async function runKblint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliOutcome> {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: options.cwd ?? REPO_ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}
