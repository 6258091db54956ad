// The robustness scenarios (cases.ts): each through the CLI's `main`
// in-process, or the built binary when the case needs a process of its own.
import { execFile } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commandLines } from '../../src/reporters/log-safety.js';
import { REPO_ROOT, runKblint, type CliOutcome } from '../support/cli.js';
import { tmpProject } from '../support/tmp-project.js';
import { SCENARIOS, type Scenario } from './cases.js';

const run = promisify(execFile);
const bin = path.join(REPO_ROOT, 'bin/kblint.js');
const env = { NO_COLOR: '1', FORCE_COLOR: '' };

async function spawnAs(args: string[], cwd: string, unprivileged: boolean): Promise<CliOutcome> {
  const asNobody = unprivileged && process.getuid?.() === 0;
  const [cmd, ...rest] = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  try {
    const { stdout, stderr } = await run(cmd!, rest, { cwd, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

function kblint(scenario: Scenario, cwd: string): Promise<CliOutcome> {
  const spawned = scenario.unprivileged === true || scenario.spawned !== undefined;
  return spawned ? spawnAs(scenario.args, cwd, scenario.unprivileged === true) : runKblint(scenario.args, { cwd, env });
}

// Each scenario has its own folder (and the CLI takes its cwd from its IO): they run side by side.
describe.concurrent('robustness scenarios', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const project = tmpProject({ 'kblint.config.json': '{"now": "2026-06-01"}', ...scenario.files });
      try {
        chmodSync(project.dir, 0o755);
        scenario.setup?.(project.dir);
        const out = await kblint(scenario, project.dir);
        expect({ code: out.code, stderr: out.stderr }).toMatchObject({ code: scenario.exit });
        for (const re of scenario.stdout ?? []) expect(out.stdout).toMatch(re);
        for (const re of scenario.stdoutNot ?? []) expect(out.stdout).not.toMatch(re);
        for (const re of scenario.stderr ?? []) expect(out.stderr).toMatch(re);
        for (const re of scenario.stderrNot ?? []) expect(out.stderr).not.toMatch(re);
        // In every scenario: nothing on stderr, and nothing on stdout outside github annotations, is a runner command.
        expect(commandLines(out.stderr)).toEqual([]);
        const github = scenario.args.includes('github');
        expect(commandLines(out.stdout).filter((line) => !(github && /^::(error|warning|notice) file=[^:]*::/.test(line)))).toEqual([]);
      } finally {
        execFile('chmod', ['-R', 'u+rwx', project.dir], () => project.remove());
      }
    });
  }
});
