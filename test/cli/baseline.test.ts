// Adopting kblint on an existing help center: record a baseline, then fail only on new findings.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint as kblint } from '../support/cli.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

const article = (body: string) => `---\ntitle: Fees\nupdated: 2024-01-05\n---\n\n${body}# Fees\n\n#### Too deep\n`;

describe('kblint baseline', { timeout: 240_000 }, () => {
  it('writes a sorted baseline; a later lint fails only on a finding added after it', async () => {
    repo = gitRepo({ 'kblint.config.json': '{ "now": "2026-06-01" }', 'faq/fees.md': article(''), 'faq/other.md': article('') });
    const before = await kblint(['.'], { cwd: repo.dir });
    expect(before.code).toBe(1);

    const written = await kblint(['baseline', '.'], { cwd: repo.dir });
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/wrote 4 known findings in 2 articles to \.kblint\/baseline\.json/);
    const baseline = JSON.parse(readFileSync(path.join(repo.dir, '.kblint/baseline.json'), 'utf8'));
    const keys = baseline.findings.map((f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`);
    expect(keys).toEqual([...keys].sort());
    repo.commit('Adopt kblint with a baseline');

    // Known findings: suppressed and counted, exit 0.
    const known = await kblint(['.', '-f', 'json'], { cwd: repo.dir });
    expect(known.code).toBe(0);
    const report = JSON.parse(known.stdout);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 4 });

    // Lines shifted above the old findings and a new finding added: only the new one counts.
    writeFileSync(path.join(repo.dir, 'faq/fees.md'), article('Intro added above.\n\n') + '\n[broken](missing.md)\n');
    repo.commit('Edit fees');
    const after = await kblint(['.', '-f', 'json'], { cwd: repo.dir });
    expect(after.code).toBe(1);
    const newOnes = JSON.parse(after.stdout).files.flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId));
    expect(newOnes).toEqual(['broken-link']);
    expect(JSON.parse(after.stdout).summary.suppressed).toBe(4);

    const text = await kblint(['.', '--show-suppressed'], { cwd: repo.dir });
    expect(text.stdout).toMatch(/\[in the baseline\] Last updated on 2024-01-05/);
    expect(text.stdout).toMatch(/1 problem \(1 error, 0 warnings\) \(4 known from the baseline\)/);
    expect((await kblint(['.', '--no-baseline', '-f', 'json'], { cwd: repo.dir })).stdout).toMatch(/"errors": 3/);

    // Fixed findings drop out when the baseline is rewritten.
    writeFileSync(path.join(repo.dir, 'faq/other.md'), '---\ntitle: Other\nupdated: 2026-05-01\n---\n\n# Other\n');
    await kblint(['baseline', '.'], { cwd: repo.dir });
    const rewritten = JSON.parse(readFileSync(path.join(repo.dir, '.kblint/baseline.json'), 'utf8'));
    expect(rewritten.findings.map((f: { path: string }) => f.path)).toEqual(['faq/fees.md', 'faq/fees.md', 'faq/fees.md']);
  });

  it('exits 2 on a baseline that cannot be read or is not one', async () => {
    repo = gitRepo({ 'a.md': article(''), 'bad.json': '{"version": 2}', 'broken.json': '{' });
    for (const [file, message] of [
      ['nope.json', /cannot read the baseline nope\.json: ENOENT/],
      ['bad.json', /the baseline bad\.json is not a kblint baseline: version/],
      ['broken.json', /the baseline broken\.json is not valid JSON/],
    ] as const) {
      const { code, stderr } = await kblint(['a.md', '--baseline', file], { cwd: repo.dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});
