import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/common.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

function io(cwd: string): CliIO & { out: string; err: string } {
  const state = {
    out: '',
    err: '',
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    stdout: (t: string) => void (state.out += t),
    stderr: (t: string) => void (state.err += t),
  };
  return state;
}

describe('kblint print-config FILE', () => {
  it('prints the chain, the rules after overrides, and the article\'s limits after policies', async () => {
    project = tmpProject({
      'base.yaml': 'extends: kblint:strict\nrules:\n  passive-voice: [info, { allow: [was] }]\n',
      'kblint.config.json': JSON.stringify({
        extends: './base.yaml',
        overrides: [{ files: 'legal/**', rules: { 'stale-article': 'off', 'passive-voice': 'warn' } }],
        freshness: { policies: [{ category: 'Terms', maxAgeDays: 900 }] },
      }),
      'legal/terms.md': '---\ntitle: Terms\ncategory: Terms\nupdated: 2026-01-01\n---\n# Terms\n',
    });
    const out = io(project.dir);
    expect(await main(['print-config', 'legal/terms.md'], out)).toBe(0);
    const report = JSON.parse(out.out);
    expect(report.configChain).toEqual(['kblint:recommended', 'kblint:strict', 'base.yaml', 'kblint.config.json']);
    expect(report.rules['stale-article']).toBe('off');
    expect(report.rules['passive-voice']).toEqual(['warning', { allow: ['was'], regular: true }]);
    expect(report.rules['plain-language'][0]).toBe('warning');
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0].freshness).toEqual({
      maxAgeDays: 900,
      warnAfterDays: 90,
      origin: { maxAgeDays: 'the policy for category "Terms"', warnAfterDays: 'freshness.warnAfterDays' },
    });
  });

  it('exits 2 for a file that is not there, or a config that is wrong', async () => {
    project = tmpProject({ 'kblint.config.json': '{"rules": {"stale-article": "warnn"}}', 'a.md': '# A\n' });
    const missing = io(project.dir);
    expect(await main(['print-config', 'nope.md'], missing)).toBe(2);
    expect(missing.err).toContain('"nope.md" is not one');
    const wrong = io(project.dir);
    expect(await main(['print-config', 'a.md'], wrong)).toBe(2);
    expect(wrong.err).toMatch(/kblint\.config\.json: rules\.stale-article: "warnn" is not a severity \(did you mean "warn"\?\)/);
  });
});
