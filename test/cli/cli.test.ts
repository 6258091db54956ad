// Spawns the built binary (npm test builds first), as editors and CI run it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint as kblint, spawnKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

describe('kblint on the sample help center', () => {
  it('prints located findings grouped by file and exits 1', async () => {
    // Spawned: the binary as CI runs it (most other tests call main in-process).
    const { code, stdout } = await spawnKblint(['fixtures/help-center']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^fixtures\/help-center\/getting-started\/glossary\.md$/m);
    expect(stdout).toMatch(/^\s+1:1\s+error\s+No title.*missing-title$/m);
    expect(stdout).toMatch(/^\s+\d+:\d+\s+warning\s+Last updated on \d{4}-\d{2}-\d{2}, \d+ days ago.*stale-article$/m);
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('gives the documented JSON shape', async () => {
    const { code, stdout } = await kblint(['fixtures/help-center', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.now).toBe('2026-06-01');
    expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(['files', 'errors', 'warnings']));
    expect(report.summary.files).toBe(report.files.length);
    for (const file of report.files) {
      expect(file.path).toMatch(/^fixtures\/help-center\//);
      expect(Object.keys(file.metadata)).toEqual(expect.arrayContaining(['title', 'published', 'updated', 'views', 'category']));
      for (const date of [file.metadata.published, file.metadata.updated]) expect(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
      for (const m of file.messages) {
        expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
        expect(['error', 'warning', 'info']).toContain(m.severity);
      }
    }
    const errors = report.files.flatMap((f: { messages: { severity: string }[] }) => f.messages).filter((m: { severity: string }) => m.severity === 'error');
    expect(report.summary.errors).toBe(errors.length);
  });

  it('gives GitHub workflow commands, one per finding within the annotation budget', async () => {
    const { code, stdout } = await kblint(['fixtures/help-center', '--format', 'github', '--annotations', '0']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    const budgeted = (await kblint(['fixtures/help-center', '--format', 'github'])).stdout.trim().split('\n');
    expect(budgeted.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(budgeted.at(-1)).toMatch(/^::notice title=kblint%3A more findings::kblint: \d+ more findings not annotated/);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=fixtures\/help-center\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+/);
    }
  });

  it('gives SARIF 2.1.0', async () => {
    const { code, stdout } = await kblint(['fixtures/help-center', '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('kblint');
    expect(log.runs[0].results.length).toBeGreaterThan(3);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    project = tmpProject();
    const out = path.join(project.dir, 'reports/out.json');
    const { code, stdout } = await kblint(['fixtures/help-center', '-f', 'json', '-o', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('shows errors only with --quiet', async () => {
    const { stdout } = await kblint(['fixtures/help-center', '--quiet']);
    expect(stdout).toMatch(/\berror\b/);
    expect(stdout).not.toMatch(/^\s+\d+:\d+\s+warning\s/m);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR off', async () => {
    expect((await kblint(['fixtures/help-center'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await kblint(['fixtures/help-center'], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('dates in any time zone', () => {
  it.each(['Pacific/Kiritimati', 'America/Adak', 'UTC'])('reads the same calendar dates with TZ=%s', async (tz) => {
    project = tmpProject({
      'a.md': '---\ntitle: A\npublished: 2026-02-05\nupdated: 2026-05-31T23:30:00-05:00\n---\n',
      'b.md': '---\ntitle: B\npublished: Feb 5, 2026\nupdated: 2026-06-01T00:30:00+14:00\n---\n',
    });
    // Spawned: TZ must be the process's from its start.
    const { stdout } = await spawnKblint(['.', '-f', 'json', '--now', '2026-06-01'], { cwd: project.dir, env: { TZ: tz } });
    const dates = JSON.parse(stdout).files.map((f: { metadata: { published: string; updated: string } }) => [f.metadata.published, f.metadata.updated]);
    expect(dates).toEqual([
      ['2026-02-05', '2026-05-31'],
      ['2026-02-05', '2026-06-01'],
    ]);
  });
});

describe('exit codes', () => {
  const article = (updated: string) => `---\ntitle: A\nupdated: ${updated}\n---\n\n# A\n`;

  it('exits 0 on a clean folder', async () => {
    project = tmpProject({ 'a.md': article('2026-05-01') });
    const { code, stdout } = await kblint(['.', '--now', '2026-06-01'], { cwd: project.dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/No problems/);
  });

  it('exits 0 with warnings, 1 when they pass --max-warnings', async () => {
    project = tmpProject({ 'a.md': article('2025-10-01') });
    expect((await kblint(['.', '--now', '2026-06-01'], { cwd: project.dir })).code).toBe(0);
    const over = await kblint(['.', '--now', '2026-06-01', '--max-warnings', '0'], { cwd: project.dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/1 warnings, more than --max-warnings 0/);
    expect((await kblint(['.', '--now', '2026-06-01', '--max-warnings', '1'], { cwd: project.dir })).code).toBe(0);
  });

  it.each([
    [['--bogus'], /Unknown argument: bogus/],
    [['--format', 'xml'], /unknown format "xml"/],
    [['--now', '2026-02-30'], /--now takes a real date/],
    [['--max-warnings', '-5'], /--max-warnings/],
    [['missing-folder'], /no article files matched "missing-folder"/],
    [['--config', 'nope.json'], /cannot read config file nope\.json/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    project = tmpProject({ 'a.md': article('2026-05-01') });
    const { code, stderr } = await kblint(args, { cwd: project.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 on a config error naming the file and the key', async () => {
    project = tmpProject({ 'a.md': article('2026-05-01'), 'kblint.config.json': '{"freshness": {"maxAgeDay": 3}}' });
    const { code, stderr } = await kblint([], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/kblint\.config\.json: unknown key "maxAgeDay" in freshness/);
  });
});

describe('parsing in worker threads', () => {
  it('gives the same report with workers and in the main thread', async () => {
    const threads = await kblint(['fixtures/help-center', '-f', 'json', '--jobs', '2']);
    const inline = await kblint(['fixtures/help-center', '-f', 'json', '--jobs', '0']);
    expect(threads.code).toBe(1);
    expect(JSON.parse(threads.stdout)).toEqual(JSON.parse(inline.stdout));
  });

  it('stops a file that makes the parser crawl, reports it and lints the rest', async () => {
    // Thousands of unmatched emphasis markers make Markdown parsing quadratic.
    project = tmpProject({ 'slow.md': `# Slow\n\n${'*a'.repeat(60_000)}\n`, 'fine.md': '---\ntitle: Fine\nupdated: 2026-05-01\n---\n' });
    const { code, stdout } = await kblint(['.', '--now', '2026-06-01', '--parse-timeout', '1', '-f', 'json'], { cwd: project.dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const slow = report.files.find((f: { path: string }) => f.path === 'slow.md');
    expect(slow.messages[0].ruleId).toBe('read-error');
    expect(slow.messages[0].message).toMatch(/parsing took longer than 1 s and was stopped/);
    expect(report.files.find((f: { path: string }) => f.path === 'fine.md').messages).toEqual([]);
  });

  it('times even a small run when --parse-timeout is given', async () => {
    // Under the small-run caps (one file of 20 KB), so by default it is parsed in the main thread, untimed;
    // ten thousand unmatched emphasis markers take far longer than 50 ms to parse.
    project = tmpProject({ 'slow.md': `# Slow\n\n${'*a'.repeat(10_000)}\n` });
    const { code, stdout } = await kblint(['.', '--now', '2026-06-01', '--parse-timeout', '0.05', '-f', 'json'], { cwd: project.dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].messages[0].message).toMatch(/parsing took longer than 50 ms and was stopped/);
  });

  it('refuses a file nested thousands of levels deep in a worker as fast as in the main thread', async () => {
    project = tmpProject({ 'deep.md': `${'>'.repeat(20_000)} deep\n` });
    for (const jobs of ['0', '1']) {
      const { code, stdout } = await kblint(['.', '--now', '2026-06-01', '-f', 'json', '--jobs', jobs, '--parse-timeout', '20'], { cwd: project.dir });
      expect(code).toBe(1);
      expect(JSON.parse(stdout).files[0].messages[0].message).toMatch(/nests too deeply to read/);
    }
  });

  it.each([[['--jobs', '-1']], [['--jobs', '1.5']], [['--parse-timeout', '0']]])('rejects %j with exit 2', async (args) => {
    const { code, stderr } = await kblint(['fixtures/help-center', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--(jobs|parse-timeout) takes/);
  });
});

describe('notices', () => {
  it('reach stderr when it is not a terminal (CI logs), without the progress line', async () => {
    project = tmpProject({
      // Port 9 on loopback: nothing listens, so the check fails fast without a server.
      'a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\n[x](http://127.0.0.1:9/x)\n',
      'kblint.config.json': JSON.stringify({ links: { allowPrivate: true, retries: 0, timeoutMs: 2000 } }),
      '.kblint/link-cache.json': '{"version":1,"entries":{"http://',
    });
    const { stderr } = await kblint(['.', '--now', '2026-06-01'], { cwd: project.dir });
    expect(stderr).toMatch(/^kblint: link cache .* is corrupt/m);
    expect(stderr).not.toMatch(/links: \d+\/\d+/);
  });
});

describe('other commands', () => {
  it('lists the rules with their default severity', async () => {
    const { code, stdout } = await kblint(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^stale-article\s+error\s+\S/m);
    expect(stdout).toMatch(/^remark-lint-heading-increment\s+warning\s/m);
  });

  it('prints help with examples and exit codes', async () => {
    const { code, stdout } = await kblint(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:/);
    expect(stdout).toMatch(/--max-warnings/);
    expect(stdout).toMatch(/Exit codes: 0/);
  });

  it('prints its version through the IO seam, in-process and spawned', async () => {
    const version = (JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
    for (const args of [['--version'], ['-v'], ['lint', '--version']]) {
      expect(await kblint(args)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
    expect((await spawnKblint(['--version'])).stdout).toBe(`${version}\n`);
  });

  it('accepts the explicit lint command', async () => {
    const { code, stdout } = await spawnKblint(['lint', 'fixtures/help-center/getting-started/glossary.md']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/missing-title/);
  });
});
