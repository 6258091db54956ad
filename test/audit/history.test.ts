// The audit history in SQLite: two audits with an edited fixture, two audits
// at once (two processes), a newer schema refused untouched, a failed write.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_SCHEMA_VERSION } from '../../src/audit/history.js';
import { REPO_ROOT, runKblint } from '../support/cli.js';
import { auditProject, type AuditProject } from './support.js';

// Each test spawns whole audits; on a loaded machine that takes a while (nothing here is timed).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let project: AuditProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('two audits, one edited article between them', () => {
  it('stores both and compares: fixed, still stale, newly stale, dead links, and the trend by quarter', async () => {
    project = auditProject();
    const first = await project.audit(['--now', '2026-04-15']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const before = readJson(path.join(project.dir, 'out/audit.json'));
    expect(before.comparison.previous).toBeNull();

    // Between the audits: change-plan is reviewed, card-declined's dead link is fixed, and a new dead link appears.
    const plan = path.join(project.dir, 'billing/change-plan.md');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('updated: 2025-09-01', 'updated: 2026-05-25'));
    const card = path.join(project.dir, 'billing/card-declined.md');
    writeFileSync(card, readFileSync(card, 'utf8').replace('https://status.example.com:99999/payments', 'https://status.example.com/payments'));
    const team = path.join(project.dir, 'setup/invite-team.md');
    writeFileSync(team, `${readFileSync(team, 'utf8')}\nThe [team guide](https://guide.example.com:70000/team) has more.\n`);

    const second = await project.audit(['--now', '2026-11-01']);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const after = readJson(path.join(project.dir, 'out/audit.json'));
    const c = after.comparison;
    expect(c.previous).toMatchObject({ runId: 1, now: '2026-04-15', quarter: '2026-Q2' });
    expect(c.fixed).toEqual(['billing/change-plan.md']);
    expect(c.stillStale).toEqual([{ article: 'billing/invoices.md', audits: 2 }]);
    // refunds (2026-04-01) passes billing's 200 days, invite-team (2025-10-20) the default 365.
    expect(c.newlyStale).toEqual(['billing/refunds.md', 'setup/invite-team.md']);
    expect(c.newDeadLinks).toEqual([{ article: 'setup/invite-team.md', url: 'https://guide.example.com:70000/team' }]);
    expect(c.fixedDeadLinks).toEqual([{ article: 'billing/card-declined.md', url: 'https://status.example.com:99999/payments' }]);
    expect(after.trend.map((p: { quarter: string }) => p.quarter)).toEqual(['2026-Q2', '2026-Q4']);
    expect(after.trend[0].stalePercent).toBe(before.headline.stalePercent);
    expect(c.change.deadLinks).toBe(0);

    const html = readFileSync(path.join(project.dir, 'out/index.html'), 'utf8');
    expect(html).toContain('Compared with audit #1 of 2026-04-15 (2026-Q2)');
    expect(html).toContain('2026-Q4');
    const summary = readFileSync(path.join(project.dir, 'out/summary.md'), 'utf8');
    expect(summary).toContain('| 2026-Q2 |');
    expect(summary).toContain('fixed: 1');

    const db = new Database(path.join(project.dir, 'history.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(HISTORY_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const runs = db.prepare('SELECT id, reference_date, config_hash, kblint_version FROM runs ORDER BY id').all() as { reference_date: string }[];
    expect(runs.map((r) => r.reference_date)).toEqual(['2026-04-15', '2026-11-01']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM articles WHERE run_id = 2').get()).toEqual({ n: 8 });
    const streak = db.prepare("SELECT stale_streak FROM articles WHERE run_id = 2 AND path = 'billing/invoices.md'").get();
    expect(streak).toEqual({ stale_streak: 2 });
    // The stale finding of invoices.md keeps its fingerprint although its day count grew.
    const fingerprints = db.prepare("SELECT run_id, fingerprint FROM findings WHERE path = 'billing/invoices.md' AND rule_id = 'stale-article' ORDER BY run_id").all() as { fingerprint: string }[];
    expect(fingerprints).toHaveLength(2);
    expect(fingerprints[0]!.fingerprint).toBe(fingerprints[1]!.fingerprint);
    db.close();

    const listed = await runKblint(['history', '--history', 'history.db'], { cwd: project.dir });
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1\s+\S+ \S+\s+2026-04-15\s+2026-Q2\s+8\s/);
    expect(lines[2]).toMatch(/^2\s+\S+ \S+\s+2026-11-01\s+2026-Q4\s+8\s/);
    const json = JSON.parse((await runKblint(['history', '--history', 'history.db', '--format', 'json'], { cwd: project.dir })).stdout);
    expect(json.audits.map((a: { runId: number }) => a.runId)).toEqual([1, 2]);
  });
});

function spawnAudit(cwd: string, out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/kblint.js'), 'audit', '.', '--out', out, '--history', 'history.db', '--offline'], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two audits at once', () => {
  it('both land in the history, whole, and the database stays sound', async () => {
    project = auditProject();
    // Each audit skips its own --out folder, not the other's: a scan that starts after the other
    // audit has written its report would find that audit.json (a notice on stderr).
    writeFileSync(path.join(project.dir, '.kblintignore'), 'out-a/\nout-b/\n');
    const [a, b] = await Promise.all([spawnAudit(project.dir, 'out-a'), spawnAudit(project.dir, 'out-b')]);
    expect(a).toEqual({ code: 0, stderr: '' });
    expect(b).toEqual({ code: 0, stderr: '' });
    const db = new Database(path.join(project.dir, 'history.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT run_id, COUNT(*) AS n FROM articles GROUP BY run_id ORDER BY run_id').all()).toEqual([
      { run_id: 1, n: 8 },
      { run_id: 2, n: 8 },
    ]);
    const findings = db.prepare('SELECT run_id, COUNT(*) AS n FROM findings GROUP BY run_id ORDER BY run_id').all() as { n: number }[];
    expect(findings).toHaveLength(2);
    expect(findings[0]!.n).toBe(findings[1]!.n);
    db.close();
  });
});

describe('an audit that finds the history locked', () => {
  it('waits for the other writer (busy timeout) and then stores its audit', async () => {
    project = auditProject();
    expect((await project.audit()).code).toBe(0);
    // Only the history is shared: the first report folder would be scanned (and noticed) as content.
    rmSync(path.join(project.dir, 'out'), { recursive: true, force: true });
    const holder = new Database(path.join(project.dir, 'history.db'));
    holder.exec('BEGIN IMMEDIATE'); // the write lock, as another audit mid-write holds it
    const running = spawnAudit(project.dir, 'out-locked');
    // The report is written before the history; hold the lock a while longer after that.
    const summary = path.join(project.dir, 'out-locked/summary.md');
    for (let i = 0; i < 600 && !existsSync(summary); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(summary)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    holder.exec('ROLLBACK');
    holder.close();
    expect(await running).toEqual({ code: 0, stderr: '' });
    const db = new Database(path.join(project.dir, 'history.db'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 2 });
    db.close();
  });
});

describe('a history kblint cannot use', () => {
  it('refuses a newer schema with a clear message, leaves the file untouched and still writes the report', async () => {
    project = auditProject();
    const file = path.join(project.dir, 'history.db');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${HISTORY_SCHEMA_VERSION + 1}`);
    newer.close();
    const hash = sha256(file);

    const outcome = await project.audit();
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain(`schema version ${HISTORY_SCHEMA_VERSION + 1}, newer than this kblint knows (${HISTORY_SCHEMA_VERSION})`);
    expect(outcome.stderr).toContain('left untouched');
    expect(sha256(file)).toBe(hash);
    expect(readJson(path.join(project.dir, 'out/audit.json')).headline.articles).toBe(8);

    const listed = await runKblint(['history', '--history', 'history.db'], { cwd: project.dir });
    expect(listed.code).toBe(2);
    expect(listed.stderr).toContain('newer than this kblint knows');
  });

  it('warns when the write fails, rolls the whole audit back, and still writes the report', async () => {
    project = auditProject();
    expect((await project.audit()).code).toBe(0);
    // A trigger makes the next audit's write fail half-way, after its run row.
    const db = new Database(path.join(project.dir, 'history.db'));
    db.exec("CREATE TRIGGER fail_findings BEFORE INSERT ON findings WHEN NEW.run_id > 1 BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END");
    db.close();
    const outcome = await project.audit(['--out', 'out2']);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/warning: the audit was written but not stored in the history .*history\.db: simulated write failure/);
    expect(readJson(path.join(project.dir, 'out2/audit.json')).comparison.previous.runId).toBe(1);
    const check = new Database(path.join(project.dir, 'history.db'), { readonly: true });
    expect(check.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 1 });
    expect(check.prepare('SELECT COUNT(*) AS n FROM articles WHERE run_id > 1').get()).toEqual({ n: 0 });
    check.close();
  });

  it('warns when the history cannot be opened, and writes the report without comparison', async () => {
    project = auditProject();
    const outcome = await project.audit(['--history', 'billing/change-plan.md/history.db']);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/^kblint: warning: .*the report is written without comparison/);
    expect(readJson(path.join(project.dir, 'out/audit.json')).comparison.previous).toBeNull();
  });

  it('--no-history neither reads nor writes one', async () => {
    project = auditProject();
    expect((await project.audit(['--no-history'])).code).toBe(0);
    expect((await runKblint(['history', '--history', 'history.db'], { cwd: project.dir })).stderr).toContain('no audit history at');
  });
});
