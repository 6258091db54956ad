import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const article = '---\ntitle: A\nupdated: 2026-05-01\n---\n\nSee [the shell](/powershell/connect) and [fees](/billing/fees.md).\n';

describe('root-relative links', () => {
  it('are left alone when the config does not place the site root', async () => {
    project = tmpProject({ 'docs/a.md': article });
    const results = await lint({ patterns: ['docs'], cwd: project.dir, now: '2026-06-01', flags: { offline: true } });
    expect(results.files[0]!.messages.filter((m) => m.ruleId === 'broken-link')).toEqual([]);
  });

  it('are checked from links.site.root when it is set', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ links: { site: { root: 'docs' } } }),
      'docs/a.md': article,
      'docs/billing/fees.md': '---\ntitle: Fees\nupdated: 2026-05-01\n---\n',
    });
    const results = await lint({ patterns: ['docs'], cwd: project.dir, now: '2026-06-01', flags: { offline: true } });
    const broken = results.files.find((f) => f.path === 'docs/a.md')!.messages.filter((m) => m.ruleId === 'broken-link');
    expect(broken.map((m) => m.message)).toEqual([expect.stringMatching(/^Broken link "\/powershell\/connect"/)]);
  });
});

describe('broken-link messages', () => {
  it('name files relative to the linking article, the same from any working folder', async () => {
    project = tmpProject({
      'docs/guides/a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\nSee [fees](../billing/fees.md) and [setup](b.md#nowhere).\n',
      'docs/guides/b.md': '---\ntitle: B\nupdated: 2026-05-01\n---\n\n# B\n',
      'work/.keep': '',
    });
    const messagesFrom = async (cwd: string, pattern: string) => {
      const results = await lint({ patterns: [pattern], cwd, now: '2026-06-01', flags: { offline: true } });
      return results.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'broken-link').map((m) => m.message);
    };
    const fromOutside = await messagesFrom(`${project.dir}/work`, '../docs');
    expect(fromOutside).toEqual([
      'Broken link "../billing/fees.md": ../billing/fees.md does not exist.',
      'Broken anchor "b.md#nowhere": b.md has no heading or anchor "#nowhere".',
    ]);
    expect(await messagesFrom(project.dir, 'docs')).toEqual(fromOutside);
    expect(await messagesFrom(`${project.dir}/docs/guides`, '.')).toEqual(fromOutside);
  });
});
