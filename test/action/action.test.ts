// The GitHub Action: the committed bundle is what the source builds, and the
// action's step runs from it alone (no node_modules) against the sample.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRun, readInputs, splitWords } from '../../src/cli/action.js';
import { REPO_ROOT } from '../support/cli.js';

const run = promisify(execFile);
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'kblint-action-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('the committed bundle', { timeout: 240_000 }, () => {
  it('is exactly what scripts/build-action.mjs builds from the source (run it and commit dist-action/ after a change)', async () => {
    const fresh = path.join(scratch, 'fresh');
    await run(process.execPath, [path.join(REPO_ROOT, 'scripts/build-action.mjs'), fresh], { cwd: REPO_ROOT, timeout: 120_000 });
    const committed = path.join(REPO_ROOT, 'dist-action');
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect(readFileSync(path.join(committed, file)).equals(readFileSync(path.join(fresh, file))), file).toBe(true);
    }
  });
});

describe('inputs', () => {
  it('split args like a shell without evaluating anything', () => {
    expect(splitWords(`--max-warnings 50 --now "2026-01-01" --config 'my config.json' a\\ b $HOME \`id\``)).toEqual([
      '--max-warnings', '50', '--now', '2026-01-01', '--config', 'my config.json', 'a b', '$HOME', '`id`',
    ]);
    expect(splitWords('"say \\"hi\\""')).toEqual(['say "hi"']);
    expect(() => splitWords('--config "open')).toThrow(/unterminated " quote/);
  });

  it('read every line of paths and args, and check the others', () => {
    const env = {
      KBLINT_INPUT_PATHS: 'help center/en\n\n  docs/a b.md  \n',
      KBLINT_INPUT_ARGS: '--max-warnings 5\n--now 2026-06-01',
      KBLINT_INPUT_FAIL_ON: 'warning',
      KBLINT_INPUT_SARIF_FILE: 'out/kblint.sarif',
      KBLINT_INPUT_CHANGED_ONLY: 'true',
      GITHUB_BASE_REF: 'main',
    };
    const inputs = readInputs(env);
    expect(inputs).toMatchObject({ paths: ['help center/en', 'docs/a b.md'], args: ['--max-warnings', '5', '--now', '2026-06-01'], failOn: 'warning', summary: true, annotations: 10 });
    const plan = planRun(inputs, env, '/tmp/x', () => {});
    expect(plan.argv).toEqual([
      'lint', 'help center/en', 'docs/a b.md', '--format', 'github', '--annotations', '10', '--format', 'json:/tmp/x/kblint-report.json',
      '--format', 'markdown:/tmp/x/kblint-summary.md', '--format', 'sarif:out/kblint.sarif', '--changed-since', 'origin/main', '--cache',
      '--max-warnings', '5', '--now', '2026-06-01',
    ]);
    expect(() => readInputs({ KBLINT_INPUT_FAIL_ON: 'sometimes' })).toThrow(/fail-on: "sometimes"/);
    expect(() => readInputs({ KBLINT_INPUT_ANNOTATIONS: 'lots' })).toThrow(/annotations: "lots"/);
    expect(() => readInputs({ KBLINT_INPUT_SUMMARY: 'yes' })).toThrow(/summary: "yes"/);
  });
});

describe('the action step, from the bundle alone', { timeout: 240_000 }, () => {
  async function step(env: Record<string, string>, cwd: string) {
    const action = path.join(scratch, 'action');
    cpSync(path.join(REPO_ROOT, 'dist-action'), path.join(action, 'dist-action'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'package.json'), path.join(action, 'package.json'));
    const output = path.join(scratch, `output-${Object.keys(env).length}`);
    const summary = path.join(scratch, `summary-${Object.keys(env).length}`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('KBLINT_')));
    const full = { ...clean, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: scratch, NO_COLOR: '1', ...env };
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run(process.execPath, [path.join(action, 'dist-action/bin/action.js')], { cwd, env: full, timeout: 60_000 }));
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      ({ code, stdout, stderr } = e);
    }
    const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    return { code, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') };
  }

  it('lints the sample with fail-on never: annotations within budget, summary, SARIF, outputs', async () => {
    const sarif = path.join(scratch, 'kblint.sarif');
    // No results cache here: it would be written into the repository.
    const result = await step({ KBLINT_INPUT_PATHS: 'fixtures/help-center', KBLINT_INPUT_FAIL_ON: 'never', KBLINT_INPUT_SARIF_FILE: sarif, KBLINT_INPUT_CACHE: 'false' }, REPO_ROOT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^::notice title=kblint%3A more findings::/);
    const report = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(report.runs[0].results.length).toBe(Number(result.outputs.errors) + Number(result.outputs.warnings));
    expect(result.outputs).toMatchObject({ files: '38', 'sarif-file': sarif });
    expect(Number(result.outputs.errors)).toBeGreaterThan(10);
    expect(result.summary).toMatch(/^## kblint: \d+ errors, \d+ warnings/);
    // The summary lists every finding, the ones past the annotation budget too.
    expect(result.summary.match(/^- \[line \d+\]/gm)).toHaveLength(Number(result.outputs.errors) + Number(result.outputs.warnings));
  });

  it('keeps paths with spaces, fails on errors by default, and on warnings when asked', async () => {
    const project = path.join(scratch, 'project');
    cpSync(path.join(REPO_ROOT, 'fixtures/rules/missing-title'), path.join(project, 'my docs'), { recursive: true });
    const write = (file: string, text: string) => writeFileSync(path.join(project, file), text);
    write('kblint.config.json', '{ "now": "2026-06-01" }');
    write('my docs/warn only.md', '---\ntitle: W\nupdated: 2025-10-01\n---\n\n# W\n');
    const warnOnly = await step({ KBLINT_INPUT_PATHS: 'my docs/warn only.md', KBLINT_INPUT_SUMMARY: 'false' }, project);
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.outputs).toMatchObject({ errors: '0', warnings: '1', files: '1', 'sarif-file': '' });
    expect(warnOnly.summary).toBe('');
    const strict = await step({ KBLINT_INPUT_PATHS: 'my docs/warn only.md', KBLINT_INPUT_FAIL_ON: 'warning', KBLINT_INPUT_ARGS: '--annotations 1' }, project);
    expect(strict.code).toBe(1);
    const errors = await step({ KBLINT_INPUT_PATHS: 'my docs\n', KBLINT_INPUT_ANNOTATIONS: 'false' }, project);
    expect(errors.code).toBe(1);
    expect(errors.stdout).not.toMatch(/^::/m);
    const bad = await step({ KBLINT_INPUT_PATHS: 'nowhere' }, project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no article files matched "nowhere"/);
  });
});
