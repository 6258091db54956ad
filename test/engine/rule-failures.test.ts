// A rule that throws anything, or runs away, costs one finding on that file,
// never the run. The misbehaving rules are remark-lint packages in the
// project's node_modules, enabled by name as a user would.
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { spawnKblint as runKblint } from '../support/cli.js';
import { tmpProject } from '../support/tmp-project.js';

function plugin(body: string): string {
  return `export default function rule() { return (tree, file, next) => { ${body} next(); }; }\n`;
}

const project = tmpProject({
  'kblint.config.json': JSON.stringify({
    now: '2026-06-01',
    rules: { 'remark-lint-throws-null': 'warning', 'remark-lint-throws-object': 'warning', 'remark-lint-throws-sometimes': 'warning' },
  }),
  'node_modules/remark-lint-throws-null/package.json': JSON.stringify({ name: 'remark-lint-throws-null', type: 'module', main: 'index.js' }),
  'node_modules/remark-lint-throws-null/index.js': plugin('throw null;'),
  'node_modules/remark-lint-throws-object/package.json': JSON.stringify({ name: 'remark-lint-throws-object', type: 'module', main: 'index.js' }),
  'node_modules/remark-lint-throws-object/index.js': plugin('throw { stack: 42 };'),
  'node_modules/remark-lint-throws-sometimes/package.json': JSON.stringify({ name: 'remark-lint-throws-sometimes', type: 'module', main: 'index.js' }),
  'node_modules/remark-lint-throws-sometimes/index.js': plugin("if (String(file.value).includes('boom')) throw new TypeError('boom');"),
  'a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\n# A\n\nboom\n',
  'b.md': '---\ntitle: B\nupdated: 2026-05-01\n---\n\n# B\n\nFine.\n',
});

const slow = tmpProject({
  'kblint.config.json': JSON.stringify({ now: '2026-06-01', rules: { 'remark-lint-spins': 'warning' } }),
  'node_modules/remark-lint-spins/package.json': JSON.stringify({ name: 'remark-lint-spins', type: 'module', main: 'index.js' }),
  'node_modules/remark-lint-spins/index.js': plugin("if (String(file.value).includes('spin')) for (;;) {}"),
  'spins.md': '---\ntitle: S\nupdated: 2026-05-01\n---\n\n# S\n\nspin\n',
  'calm.md': '---\ntitle: C\nupdated: 2026-05-01\n---\n\n# C\n\nCalm.\n',
});

afterAll(() => {
  project.remove();
  slow.remove();
});

describe('a rule that fails', () => {
  it('turns throw null, throw { stack: 42 } and a TypeError into rule-error findings on that file only', async () => {
    const results = await lint({ patterns: ['.'], cwd: project.dir, jobs: 0 });
    const errors = (name: string) => results.files.find((f) => f.path === name)!.messages.filter((m) => m.ruleId === 'rule-error').map((m) => m.message);
    expect(errors('a.md')).toEqual([
      expect.stringMatching(/^Rule "remark-lint-throws-null" failed on this file: threw null\./),
      expect.stringMatching(/^Rule "remark-lint-throws-object" failed on this file: threw \{"stack":42\}\./),
      expect.stringMatching(/^Rule "remark-lint-throws-sometimes" failed on this file: TypeError: boom/),
    ]);
    expect(errors('b.md')).toHaveLength(2);
  });

  it('is stopped in its worker when it runs past the time budget, naming the rule and the file; the rest is linted', async () => {
    const outcome = await runKblint(['.', '--format', 'json', '--jobs', '1', '--parse-timeout', '1'], { cwd: slow.dir });
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { files: { path: string; messages: { ruleId: string; message: string }[] }[] };
    const spins = report.files.find((f) => f.path === 'spins.md')!;
    expect(spins.messages).toEqual([
      expect.objectContaining({ ruleId: 'read-error', message: expect.stringMatching(/^Cannot lint spins\.md: the rule "remark-lint-spins" took longer than 1 s and was stopped/) }),
    ]);
    expect(report.files.find((f) => f.path === 'calm.md')!.messages).toEqual([]);
  });
});
