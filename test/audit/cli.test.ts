// `kblint audit` and `kblint history` from the command line: exit codes,
// usage errors, write failures, progress only on a terminal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/common.js';
import { runKblint } from '../support/cli.js';
import { auditProject, type AuditProject } from './support.js';

// Each test spawns whole audits; on a loaded machine that takes a while (nothing here is timed).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let project: AuditProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

function memoryIO(cwd: string, stderrIsTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdoutIsTTY: false, stderrIsTTY, columns: 100 };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('kblint audit', () => {
  it('writes the four files and exits 0 although the articles have errors; --fail-on opts in to 1', async () => {
    project = auditProject();
    const plain = await project.audit();
    expect(plain).toMatchObject({ code: 0, stdout: '', stderr: '' });
    for (const name of ['index.html', 'audit.json', 'articles.csv', 'summary.md']) expect(existsSync(path.join(project.dir, 'out', name)), name).toBe(true);
    expect((await project.audit(['--fail-on', 'error'])).code).toBe(1);
    expect((await project.audit(['--fail-on', 'warning'])).code).toBe(1);
  });

  it('audits the sample help center from the repository root', async () => {
    project = auditProject();
    const out = path.join(project.dir, 'sample-audit');
    const outcome = await runKblint(['audit', 'fixtures/help-center', '--out', out, '--no-history']);
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(readFileSync(path.join(out, 'audit.json'), 'utf8'));
    expect(report.headline.articles).toBe(38);
    expect(report.codeCoverage.catalog).toBe('error-codes.yaml');
    expect(report.workList.length).toBeGreaterThan(5);
    // The header and one row per article.
    expect(readFileSync(path.join(out, 'articles.csv'), 'utf8').trim().split('\r\n')).toHaveLength(39);
  });

  it('exits 2 naming the problem: no --out, a bad date, a bad repository URL, a broken config', async () => {
    project = auditProject();
    const noOut = await runKblint(['audit', '.'], { cwd: project.dir });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('audit needs --out DIR');
    const badNow = await project.audit(['--now', '2026-02-30']);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('--now takes a real date');
    const badUrl = await project.audit(['--repo-url', 'javascript:alert(1)']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('--repo-url takes an http(s) URL');
    writeFileSync(path.join(project.dir, 'kblint.config.json'), '{ "freshness": { "maxAgeDays": "a year" } }');
    const badConfig = await project.audit();
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('maxAgeDays');
    expect(existsSync(path.join(project.dir, 'out'))).toBe(false);
  });

  it('exits 2 when the report cannot be written, and stores nothing in the history', async () => {
    project = auditProject();
    const outcome = await runKblint(['audit', '.', '--out', 'billing/change-plan.md/out', '--history', 'history.db', '--offline'], { cwd: project.dir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^kblint: cannot write the audit to .*change-plan\.md\/out: /);
    const listed = await runKblint(['history', '--history', 'history.db'], { cwd: project.dir });
    expect(listed.stdout).toContain('No audits stored');
  });

  it('uses the results cache with --cache, as lint does', async () => {
    project = auditProject();
    expect((await project.audit(['--no-history', '--cache', '--cache-location', 'results-cache'])).code).toBe(0);
    expect(existsSync(path.join(project.dir, 'results-cache/results-v1.bin'))).toBe(true);
    expect((await project.audit(['--no-history'])).code).toBe(0);
    expect(existsSync(path.join(project.dir, '.kblint/cache'))).toBe(false);
  });

  it('links articles under --repo-url', async () => {
    project = auditProject();
    expect((await project.audit(['--no-history', '--repo-url', 'https://git.example/help/blob/main'])).code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(project.dir, 'out/audit.json'), 'utf8'));
    expect(report.articles[0].href).toBe('https://git.example/help/blob/main/billing/card-declined.md');
    expect(readFileSync(path.join(project.dir, 'out/index.html'), 'utf8')).toContain('href="https://git.example/help/blob/main/billing/card-declined.md"');
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    project = auditProject();
    const tty = memoryIO(project.dir, true);
    expect(await main(['audit', '.', '--out', 'out', '--no-history', '--jobs', '0'], tty.io)).toBe(0);
    expect(tty.stderr()).toContain('audit: building the report');
    expect(tty.stderr()).toMatch(/audit: wrote .*index\.html \(8 articles\)/);
    const ci = memoryIO(project.dir, false);
    expect(await main(['audit', '.', '--out', 'out', '--no-history', '--jobs', '0'], ci.io)).toBe(0);
    expect(ci.stderr()).toBe('');
    expect(ci.stdout()).toBe('');
  });
});
