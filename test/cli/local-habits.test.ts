// Local habits: pre-commit, lint-staged file lists, and editors piping text through --stdin.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKblint as kblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const article = (updated: string, body = '') => `---\ntitle: A\nupdated: ${updated}\n---\n\n# A\n\n${body}\n`;

/** Spawned: the text on the process's real standard input, as an editor pipes it. */
function withStdin(args: string[], input: string, cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/kblint.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--stdin', () => {
  it('lints standard input as the named file: its config, overrides and relative links', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', overrides: [{ files: 'legacy/**', rules: { 'stale-article': 'off' } }] }),
      'docs/there.md': article('2026-05-01'),
    });
    const text = article('2020-01-01', 'See [there](there.md) and [nowhere](nowhere.md).');
    const out = withStdin(['--stdin', '--stdin-filename', 'docs/draft.md', '-f', 'json'], text, project.dir);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['docs/draft.md']);
    expect(report.files[0].messages.map((m: { ruleId: string; message: string }) => `${m.ruleId} ${m.message.slice(0, 24)}`)).toEqual([
      expect.stringMatching(/^stale-article /),
      expect.stringMatching(/^broken-link Broken link "nowhere\.md/),
    ]);
    // The file need not exist on disk; an override by path applies.
    expect((await kblint(['--stdin', '--stdin-filename', 'legacy/old.md'], { cwd: project.dir, stdin: article('2020-01-01') })).code).toBe(0);
  });

  it('exits 2 when paths are given too, or --stdin-filename without --stdin', async () => {
    project = tmpProject({ 'a.md': article('2026-05-01') });
    expect((await kblint(['--stdin', 'a.md'], { cwd: project.dir, stdin: '# A\n' })).stderr).toMatch(/--stdin lints standard input only/);
    const alone = await kblint(['a.md', '--stdin-filename', 'b.md'], { cwd: project.dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--stdin-filename is only used with --stdin/);
  });
});

describe('lint-staged and pre-commit', () => {
  it('lint the absolute file list lint-staged passes, spaces and all', async () => {
    project = tmpProject({
      'kblint.config.json': '{ "now": "2026-06-01" }',
      'help center/fresh one.md': article('2026-05-01'),
      'help center/stale.md': article('2020-01-01'),
      'help center/untouched.md': article('2020-01-01'),
    });
    const staged = ['help center/fresh one.md', 'help center/stale.md'].map((f) => path.join(project!.dir, f));
    const { code, stdout } = await kblint([...staged, '-f', 'json'], { cwd: project.dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['help center/fresh one.md', 'help center/stale.md']);
  });

  it('offer a pre-commit hook that runs kblint on articles', () => {
    const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; files: string; language: string }>;
    const hook = hooks.find((h) => h.id === 'kblint')!;
    expect(hook).toMatchObject({ entry: 'kblint', language: 'node' });
    const files = new RegExp(hook.files);
    expect(['docs/a.md', 'b.markdown', 'c.html'].filter((f) => !files.test(f))).toEqual([]);
    expect(files.test('package.json')).toBe(false);
  });
});
