// `--changed-since REF` in a temporary git repository with real commits.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint as kblint } from '../support/cli.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

const article = (title: string, updated: string, body: string) => `---\ntitle: ${title}\nupdated: ${updated}\n---\n\n# ${title}\n\n${body}\n`;

interface Report {
  files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }>;
}

describe('--changed-since', { timeout: 240_000 }, () => {
  it('lints only what this branch changed, with updated-not-bumped, and links to renamed articles', async () => {
    repo = gitRepo({
      'kblint.config.json': '{ "now": "2026-06-01" }',
      'hc/edited.md': article('Edited', '2026-05-01', 'Open Settings.'),
      'hc/bumped.md': article('Bumped', '2026-05-01', 'Open Wallet.'),
      'hc/linker.md': article('Linker', '2026-05-01', 'See [the moved article](moved.md) and [gone](never-existed.md).'),
      'hc/moved.md': article('Moved', '2026-05-01', 'Moved text.'),
      'hc/untouched.md': article('Untouched', '2020-01-01', 'Old and stale.'),
    });
    repo.commit('Start');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('hc/edited.md', article('Edited', '2026-05-01', 'Open Settings, then Security.'));
    repo.write('hc/bumped.md', article('Bumped', '2026-05-30', 'Open Wallet, then Withdraw.'));
    renameSync(path.join(repo.dir, 'hc/moved.md'), path.join(repo.dir, 'hc/renamed.md'));
    repo.write('hc/added.md', article('Added', '2026-05-31', 'New text.'));
    repo.commit('Feature work');
    // main moves on after the branch point: three-dot semantics must not bring this in.
    repo.git('checkout', '-q', 'main');
    repo.write('hc/untouched.md', article('Untouched', '2020-01-01', 'Old and stale, edited on main.'));
    repo.commit('Someone else on main');
    repo.git('checkout', '-q', 'feature');

    const { code, stdout, stderr } = await kblint(['hc', '--changed-since', 'main', '-f', 'json'], { cwd: repo.dir });
    const report = JSON.parse(stdout) as Report;
    const linted = report.files.map((f) => f.path).sort();
    expect(linted).toEqual(['hc/added.md', 'hc/bumped.md', 'hc/edited.md', 'hc/linker.md', 'hc/renamed.md']);
    expect(stderr).toMatch(/--changed-since main: 5 changed or affected articles linted/);
    const by = (p: string) => report.files.find((f) => f.path === p)!.messages;
    expect(by('hc/edited.md').map((m) => m.ruleId)).toContain('updated-not-bumped');
    expect(by('hc/edited.md').find((m) => m.ruleId === 'updated-not-bumped')!.message).toMatch(/content changed since main but the updated date \(2026-05-01\) did not/);
    expect(by('hc/bumped.md').map((m) => m.ruleId)).not.toContain('updated-not-bumped');
    expect(by('hc/added.md').map((m) => m.ruleId)).not.toContain('updated-not-bumped');
    expect(by('hc/renamed.md').map((m) => m.ruleId)).not.toContain('updated-not-bumped');
    // The unchanged article is linted only for its links to the renamed one, not for its older broken link.
    expect(by('hc/linker.md').map((m) => m.message)).toEqual([expect.stringMatching(/^Broken link "moved\.md"/)]);
    expect(code).toBe(1);
  });

  it('lints nothing when nothing changed, and exits 2 outside git or on an unknown ref', async () => {
    repo = gitRepo({ 'a.md': article('A', '2020-01-01', 'Stale.') });
    repo.commit('Start');
    const none = await kblint(['.', '--changed-since', 'HEAD', '-f', 'json'], { cwd: repo.dir });
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout).files).toEqual([]);

    const unknown = await kblint(['.', '--changed-since', 'origin/nope'], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/git does not know the ref "origin\/nope"/);

    const outside = mkdtempSync(path.join(tmpdir(), 'kblint-nogit-'));
    try {
      writeFileSync(path.join(outside, 'a.md'), article('A', '2026-05-01', 'Text.'));
      const result = await kblint(['.', '--changed-since', 'main'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/is not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
