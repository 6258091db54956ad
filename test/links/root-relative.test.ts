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
  it('name files relative to the working directory, also for articles outside it', async () => {
    project = tmpProject({
      'docs/a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\nSee [fees](billing/fees.md).\n',
      'work/.keep': '',
    });
    const results = await lint({ patterns: ['../docs'], cwd: `${project.dir}/work`, now: '2026-06-01', flags: { offline: true } });
    const message = results.files[0]!.messages.find((m) => m.ruleId === 'broken-link')!.message;
    expect(message).toBe('Broken link "billing/fees.md": ../docs/billing/fees.md does not exist.');
  });
});
