// The audit history: one SQLite file (better-sqlite3), default
// .kblint/history.db. Tables: runs (one per audit, with its headline figures),
// articles (one row per article per run) and findings (one per finding, with
// its fingerprint). The schema version lives in `user_version`; MIGRATIONS[n]
// takes a database from version n to n+1. WAL and a busy timeout let two
// audits write at once; each audit is written in one IMMEDIATE transaction.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditHistory, PreviousAudit } from './report.js';
import { deadLinkUrl } from './report.js';
import { quarterOf } from './freshness.js';
import type { AuditReport, TrendPoint } from './schema.js';

const BUSY_TIMEOUT_MS = 10_000;

const MIGRATIONS: string[] = [
  // 0 → 1
  `CREATE TABLE runs (
     id INTEGER PRIMARY KEY,
     created_at TEXT NOT NULL,
     reference_date TEXT NOT NULL,
     kblint_version TEXT NOT NULL,
     config_hash TEXT NOT NULL,
     articles INTEGER NOT NULL,
     fresh_percent REAL NOT NULL,
     due_percent REAL NOT NULL,
     stale_percent REAL NOT NULL,
     errors INTEGER NOT NULL,
     dead_links INTEGER NOT NULL,
     unexplained_codes INTEGER NOT NULL,
     median_grade REAL
   );
   CREATE TABLE articles (
     run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
     path TEXT NOT NULL,
     title TEXT,
     category TEXT,
     locale TEXT NOT NULL,
     status TEXT NOT NULL,
     age_days INTEGER,
     views REAL,
     errors INTEGER NOT NULL,
     warnings INTEGER NOT NULL,
     grade REAL,
     priority REAL NOT NULL,
     stale_streak INTEGER NOT NULL,
     PRIMARY KEY (run_id, path)
   );
   CREATE TABLE findings (
     run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
     path TEXT NOT NULL,
     rule_id TEXT NOT NULL,
     severity TEXT NOT NULL,
     line INTEGER NOT NULL,
     message TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     url TEXT
   );
   CREATE INDEX findings_by_run ON findings(run_id);
   CREATE INDEX findings_by_fingerprint ON findings(fingerprint);`,
];

export const HISTORY_SCHEMA_VERSION = MIGRATIONS.length;

export class HistoryError extends Error {
  override name = 'HistoryError';
}

export type HistoryDb = Database.Database;

/**
 * Open (creating when asked) and migrate the history. A database from a newer
 * kblint is refused before anything is written to it.
 */
export function openHistory(file: string, options: { create: boolean }): HistoryDb {
  if (!options.create && !existsSync(file)) throw new HistoryError(`no audit history at ${file} yet: run \`kblint audit\` first`);
  if (options.create) mkdirSync(path.dirname(file), { recursive: true });
  let db: HistoryDb;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: !options.create });
  } catch (error) {
    throw new HistoryError(`cannot open the audit history ${file}: ${(error as Error).message}`);
  }
  try {
    const version = readVersion(db);
    if (version > HISTORY_SCHEMA_VERSION) {
      throw new HistoryError(
        `the audit history ${file} has schema version ${version}, newer than this kblint knows (${HISTORY_SCHEMA_VERSION}): it was written by a newer kblint; upgrade kblint or use --history with another file (the file was left untouched)`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof HistoryError) throw error;
    throw new HistoryError(`cannot use the audit history ${file}: ${(error as Error).message}`);
  }
}

function readVersion(db: HistoryDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: HistoryDb, file: string): void {
  if (readVersion(db) === HISTORY_SCHEMA_VERSION) return;
  db.transaction(() => {
    // Read again inside the write lock: another audit may have migrated meanwhile.
    const from = readVersion(db);
    if (from > HISTORY_SCHEMA_VERSION) throw new HistoryError(`the audit history ${file} was upgraded by a newer kblint meanwhile`);
    for (let version = from; version < HISTORY_SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]!);
    db.pragma(`user_version = ${HISTORY_SCHEMA_VERSION}`);
  }).immediate();
}

interface RunRow {
  id: number;
  created_at: string;
  reference_date: string;
  kblint_version: string;
  config_hash: string;
  articles: number;
  fresh_percent: number;
  due_percent: number;
  stale_percent: number;
  errors: number;
  dead_links: number;
  unexplained_codes: number;
  median_grade: number | null;
}

function trendPoint(row: RunRow): TrendPoint {
  return {
    quarter: quarterOf(row.reference_date),
    now: row.reference_date,
    articles: row.articles,
    freshPercent: row.fresh_percent,
    duePercent: row.due_percent,
    stalePercent: row.stale_percent,
    errors: row.errors,
    deadLinks: row.dead_links,
    unexplainedCodes: row.unexplained_codes,
    medianGrade: row.median_grade,
  };
}

/** What the report compares with: the latest stored audit in full, and every audit's figures. */
export function readHistory(db: HistoryDb): AuditHistory {
  const runs = db.prepare('SELECT * FROM runs ORDER BY id').all() as RunRow[];
  const last = runs[runs.length - 1];
  let previous: PreviousAudit | null = null;
  if (last) {
    const articles = db.prepare('SELECT path, status, stale_streak FROM articles WHERE run_id = ?').all(last.id) as { path: string; status: string; stale_streak: number }[];
    const dead = db.prepare('SELECT path, url FROM findings WHERE run_id = ? AND url IS NOT NULL').all(last.id) as { path: string; url: string }[];
    previous = {
      runId: last.id,
      createdAt: last.created_at,
      now: last.reference_date,
      figures: trendPoint(last),
      articles: new Map(articles.map((a) => [a.path, { status: a.status, staleStreak: a.stale_streak }])),
      deadLinks: new Set(dead.map((d) => `${d.path}\u0000${d.url}`)),
    };
  }
  return { previous, past: runs.map(trendPoint) };
}

/** Store one audit in one transaction; returns its run id. */
export function recordAudit(db: HistoryDb, report: AuditReport): number {
  const insertRun = db.prepare(
    `INSERT INTO runs (created_at, reference_date, kblint_version, config_hash, articles, fresh_percent, due_percent, stale_percent, errors, dead_links, unexplained_codes, median_grade)
     VALUES (@createdAt, @now, @version, @configHash, @articles, @freshPercent, @duePercent, @stalePercent, @errors, @deadLinks, @unexplainedCodes, @medianGrade)`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (run_id, path, title, category, locale, status, age_days, views, errors, warnings, grade, priority, stale_streak)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFinding = db.prepare('INSERT INTO findings (run_id, path, rule_id, severity, line, message, fingerprint, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const latestRun = db.prepare('SELECT id FROM runs ORDER BY id DESC LIMIT 1');
  const streaksOf = db.prepare("SELECT path, stale_streak FROM articles WHERE run_id = ? AND status = 'stale'");
  return db
    .transaction(() => {
      // Streaks continue from the latest audit as stored when this one is written (under the write lock).
      const latest = latestRun.get() as { id: number } | undefined;
      const streaks = new Map(latest ? (streaksOf.all(latest.id) as { path: string; stale_streak: number }[]).map((r) => [r.path, r.stale_streak]) : []);
      const h = report.headline;
      const runId = Number(
        insertRun.run({
          createdAt: report.generatedAt,
          now: report.now,
          version: report.kblintVersion,
          configHash: report.configHash,
          articles: h.articles,
          freshPercent: h.freshPercent,
          duePercent: h.duePercent,
          stalePercent: h.stalePercent,
          errors: h.errors,
          deadLinks: h.deadLinks,
          unexplainedCodes: h.unexplainedCodes,
          medianGrade: h.medianGrade,
        }).lastInsertRowid,
      );
      for (const a of report.articles) {
        const streak = a.status === 'stale' ? (streaks.get(a.path) ?? 0) + 1 : 0;
        insertArticle.run(runId, a.path, a.title, a.category, a.locale, a.status, a.ageDays, a.views, a.errors, a.warnings, a.grade, a.priority, streak);
        for (const f of a.findings) {
          const url = f.ruleId === 'dead-link' ? deadLinkUrl(f.message) : null;
          insertFinding.run(runId, a.path, f.ruleId, f.severity, f.line, f.message, f.fingerprint, url);
        }
      }
      return runId;
    })
    .immediate();
}

export interface StoredAudit {
  runId: number;
  createdAt: string;
  now: string;
  quarter: string;
  kblintVersion: string;
  configHash: string;
  figures: TrendPoint;
  findings: number;
}

export function listAudits(db: HistoryDb): StoredAudit[] {
  const rows = db.prepare('SELECT runs.*, (SELECT COUNT(*) FROM findings WHERE findings.run_id = runs.id) AS finding_count FROM runs ORDER BY id').all() as (RunRow & {
    finding_count: number;
  })[];
  return rows.map((row) => ({
    runId: row.id,
    createdAt: row.created_at,
    now: row.reference_date,
    quarter: quarterOf(row.reference_date),
    kblintVersion: row.kblint_version,
    configHash: row.config_hash,
    figures: trendPoint(row),
    findings: row.finding_count,
  }));
}
