// The injection reproductions, through the built CLI in every format:
// nothing kblint prints may be acted on by the GitHub runner, except the
// github format's own annotations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLines } from '../../src/reporters/log-safety.js';
import { runKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject;
beforeAll(() => {
  project = tmpProject({
    '::error title=PWN::x.md': '---\ntitle: Hi\n---\n# Hi\n\nSee [x](%23%23[set-output%20name=deploy;]yes.md) now.\n',
    '##[stop-commands]tok.md': '# Tok\n\nSome text.\n',
  });
});
afterAll(() => project.remove());

describe('CI-log safety of the CLI', () => {
  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`${format}: the reproductions print nothing the runner would execute`, async () => {
      const out = await runKblint(['--offline', '--now', '2026-06-01', '--format', format, '.'], { cwd: project.dir });
      expect(out.code).toBe(1);
      expect(commandLines(out.stderr)).toEqual([]);
      const acted = commandLines(out.stdout);
      if (format !== 'github') {
        expect(acted).toEqual([]);
        expect(out.stdout).toContain('##\\u005bset-output name=deploy;]yes.md');
      } else {
        expect(acted.length).toBeGreaterThan(0);
        for (const line of acted) {
          expect(line).toMatch(/^::(error|warning|notice) file=[^:]*::/);
          expect(line).not.toContain('##[');
        }
        expect(out.stdout).toContain('file=%3A%3Aerror title=PWN%3A%3Ax.md,');
      }
      if (format === 'json') {
        // Lossless: the JSON still decodes to the real file name and link text.
        const report = JSON.parse(out.stdout) as { files: Array<{ path: string; messages: Array<{ message: string }> }> };
        const paths = report.files.map((f) => f.path);
        expect(paths).toContain('::error title=PWN::x.md');
        expect(paths).toContain('##[stop-commands]tok.md');
        expect(report.files.flatMap((f) => f.messages.map((m) => m.message)).join('\n')).toContain('##[set-output name=deploy;]yes.md');
      }
    });
  }

  it('stderr notices and usage errors are filtered too', async () => {
    const out = await runKblint(['--offline', '::error::nothing-here.md', '##[stop-commands]x/'], { cwd: project.dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('nothing-here.md');
    expect(commandLines(out.stderr)).toEqual([]);
  });
});
