// The report model as a pure function of lint results, config and history.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/config/schema.js';
import { buildAuditReport, NO_HISTORY, type AuditHistory, type AuditInput } from '../../src/audit/report.js';
import { fingerprintMessages } from '../../src/engine/fingerprint.js';
import { quarterOf } from '../../src/audit/freshness.js';
import type { FileResult, LintMessage, LintResults } from '../../src/model/types.js';

const CWD = '/help';
const config = applyDefaults(
  { freshness: { maxAgeDays: 365, warnAfterDays: 180, policies: [{ files: 'billing/**', maxAgeDays: 200 }] } },
  CWD,
  path.join(CWD, 'kblint.config.json'),
);

function message(ruleId: string, text: string, severity: LintMessage['severity'] = 'error'): LintMessage {
  return { ruleId, severity, message: text, line: 3, column: 1, endLine: 3, endColumn: 2 };
}

function file(p: string, meta: Partial<FileResult['metadata']>, messages: LintMessage[] = [], grade?: number): FileResult {
  return {
    path: p,
    filePath: p,
    metadata: { title: 'T', published: null, updated: null, views: null, category: null, ...meta },
    messages,
    ...(grade === undefined ? {} : { metrics: { fleschKincaidGrade: grade } }),
  };
}

function results(files: FileResult[], now = '2026-06-01'): LintResults {
  return { version: 1, now, files, summary: { files: files.length, errors: 0, warnings: 0, infos: 0 }, rules: [] };
}

function build(files: FileResult[], history: AuditHistory = NO_HISTORY, now?: string) {
  const input: AuditInput = {
    results: results(files, now),
    config,
    cwd: CWD,
    outDir: path.join(CWD, 'out'),
    history,
    coverage: null,
    generatedAt: '2026-06-01T10:00:00.000Z',
    kblintVersion: '0.0.0-test',
    configHash: 'abc',
  };
  return buildAuditReport(input);
}

describe('freshness status', () => {
  it('follows the policies: the warning tier is due, the error tier stale, and a policy moves the limit', () => {
    const report = build([
      file('billing/a.md', { updated: '2025-09-24' }), // 250 days: over billing's 200
      file('setup/a.md', { updated: '2025-09-24' }), // 250 days: over 180, under 365
      file('setup/b.md', { updated: '2026-05-01' }),
      file('setup/c.md', { published: '2025-01-01' }), // never updated: its published date counts
      file('setup/d.md', {}),
    ]);
    const status = Object.fromEntries(report.articles.map((a) => [a.path, a.status]));
    expect(status).toEqual({ 'billing/a.md': 'stale', 'setup/a.md': 'due', 'setup/b.md': 'fresh', 'setup/c.md': 'stale', 'setup/d.md': 'undated' });
    expect(report.articles.find((a) => a.path === 'billing/a.md')).toMatchObject({ ageDays: 250, dueAfterDays: 180, staleAfterDays: 200 });
    expect(report.headline).toMatchObject({ articles: 5, fresh: 1, due: 1, stale: 2, undated: 1, freshPercent: 20, stalePercent: 40 });
  });

  it('labels quarters like 2026-Q4', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
});

describe('the work list', () => {
  it('ranks by severity × overdue × log views and says why', () => {
    const report = build([
      file('setup/old.md', { updated: '2025-02-14', views: 1500 }, [message('stale-article', 'Last updated on 2025-02-14, 472 days ago')]),
      file('setup/link.md', { updated: '2026-05-01', views: 90000 }, [message('broken-link', 'Broken link "x.md"')]),
      file('setup/warn.md', { updated: '2026-05-01', views: 90000 }, [message('passive-voice', 'Passive', 'warning')]),
      file('setup/code.md', { updated: '2026-05-01' }, [message('error-code-context', 'Error code 1 is named', 'warning')]),
    ]);
    const old = report.articles.find((a) => a.path === 'setup/old.md')!;
    expect(old.priority).toBeCloseTo(3 * (1 + (472 - 180) / 365) * Math.log10(1510), 2);
    const link = report.articles.find((a) => a.path === 'setup/link.md')!;
    expect(link.priority).toBeCloseTo(3 * 1 * Math.log10(90010), 2);
    expect(report.workList).toEqual(['setup/old.md', 'setup/link.md', 'setup/code.md']);
    expect(old.reasons).toEqual(['stale: 472 days old, limit 365', '1,500 views']);
    expect(link.reasons).toEqual(['1 broken link', '90,000 views']);
    // Warnings alone (not stale, no links, no codes) do not put an article on the list.
    expect(report.articles.find((a) => a.path === 'setup/warn.md')!.priority).toBe(0);
  });
});

describe('groups, distributions and dead links', () => {
  it('counts by category and locale, buckets ages and grades, and groups dead links by host', () => {
    const report = build([
      file('billing/a.md', { updated: '2026-05-01', category: 'billing' }, [message('dead-link', 'Dead link "https://a.example/x": HTTP 404.'), message('dead-link', 'Dead link "https://a.example/y": HTTP 410.')], 7),
      file('billing/b.md', { updated: '2023-05-01', category: 'Billing' }, [message('dead-link', 'Dead link "http://[::1": not a valid URL.')], 11),
      file('fr/setup/a.md', { updated: '2026-05-01', category: 'setup', locale: 'fr' }, [message('translation-outdated', 'old', 'warning')], 12.5),
      file('setup/a.md', { updated: '2026-05-01', category: null }, [message('dead-link', 'Could not check "https://b.example/": timeout.', 'warning')]),
    ]);
    expect(report.byCategory.map((g) => [g.name, g.articles])).toEqual([
      ['(no category)', 1],
      ['Billing', 1],
      ['billing', 1],
      ['setup', 1],
    ]);
    expect(report.byLocale.map((g) => [g.name, g.articles])).toEqual([
      ['en-us', 3],
      ['fr', 1],
    ]);
    expect(report.translations).toEqual([
      { locale: 'en-us', source: true, articles: 3, upToDate: 3, outdated: 0 },
      { locale: 'fr', source: false, articles: 1, upToDate: 0, outdated: 1 },
    ]);
    expect(report.ageDistribution.find((b) => b.bucket === '0–90 days')!.articles).toBe(3);
    expect(report.ageDistribution.find((b) => b.bucket === 'over 2 years')!.articles).toBe(1);
    expect(report.readabilityDistribution.map((b) => b.articles)).toEqual([0, 1, 0, 1, 1, 0, 1]);
    expect(report.headline.medianGrade).toBe(11);
    // "Could not check" is not a dead link.
    expect(report.headline.deadLinks).toBe(3);
    expect(report.deadLinksByHost.map((g) => [g.host, g.links.length])).toEqual([
      ['a.example', 2],
      ['(not a valid URL)', 1],
    ]);
    expect(report.metadataIssues).toEqual([{ article: 'setup/a.md', problems: ['no category'] }]);
  });

  it('links files relative to the report folder, or under a repository URL', () => {
    const local = build([file('billing/a b.md', { updated: '2026-05-01' })]);
    expect(local.articles[0]!.href).toBe('../billing/a%20b.md');
    const remote = buildAuditReport({
      results: results([file('billing/a b.md', { updated: '2026-05-01' })]),
      config,
      cwd: CWD,
      outDir: '/elsewhere/out',
      repoUrl: 'https://git.example/help/blob/main/',
      history: NO_HISTORY,
      coverage: null,
      generatedAt: 'x',
      kblintVersion: 'x',
      configHash: 'x',
    });
    expect(remote.articles[0]!.href).toBe('https://git.example/help/blob/main/billing/a%20b.md');
  });
});

describe('comparison with the previous audit', () => {
  const previousFigures = { quarter: '2026-Q1', now: '2026-03-01', articles: 3, freshPercent: 33.3, duePercent: 0, stalePercent: 66.7, errors: 4, deadLinks: 1, unexplainedCodes: 0, medianGrade: null };
  const history: AuditHistory = {
    previous: {
      runId: 7,
      createdAt: '2026-03-01T09:00:00.000Z',
      now: '2026-03-01',
      figures: previousFigures,
      articles: new Map([
        ['setup/still.md', { status: 'stale', staleStreak: 2 }],
        ['setup/fixed.md', { status: 'stale', staleStreak: 1 }],
        ['setup/new.md', { status: 'fresh', staleStreak: 0 }],
        ['setup/gone.md', { status: 'stale', staleStreak: 4 }],
      ]),
      deadLinks: new Set(['setup/new.md\u0000https://old.example/', 'setup/new.md\u0000https://kept.example/']),
    },
    past: [
      { ...previousFigures, quarter: '2025-Q4', now: '2025-12-01' },
      { ...previousFigures, now: '2026-01-15', errors: 9 },
      previousFigures,
    ],
  };

  it('finds newly stale, fixed and still stale articles, new and fixed dead links, and the change', () => {
    const report = build(
      [
        file('setup/still.md', { updated: '2024-01-01' }),
        file('setup/fixed.md', { updated: '2026-05-20' }),
        file('setup/new.md', { updated: '2024-01-01' }, [message('dead-link', 'Dead link "https://kept.example/": HTTP 404.'), message('dead-link', 'Dead link "https://fresh.example/": HTTP 404.')]),
      ],
      history,
    );
    const c = report.comparison;
    expect(c.previous).toEqual({ runId: 7, createdAt: '2026-03-01T09:00:00.000Z', now: '2026-03-01', quarter: '2026-Q1' });
    expect(c.newlyStale).toEqual(['setup/new.md']);
    expect(c.fixed).toEqual(['setup/fixed.md']);
    expect(c.stillStale).toEqual([{ article: 'setup/still.md', audits: 3 }]);
    expect(c.newDeadLinks).toEqual([{ article: 'setup/new.md', url: 'https://fresh.example/' }]);
    expect(c.fixedDeadLinks).toEqual([{ article: 'setup/new.md', url: 'https://old.example/' }]);
    expect(c.change).toMatchObject({ articles: 0, stalePercent: 0, errors: 2 - 4, deadLinks: 1 });
  });

  it('keeps the last audit of each quarter for the trend, this one last', () => {
    const report = build([file('setup/a.md', { updated: '2026-05-01' })], history);
    expect(report.trend.map((p) => [p.quarter, p.now])).toEqual([
      ['2025-Q4', '2025-12-01'],
      ['2026-Q1', '2026-03-01'],
      ['2026-Q2', '2026-06-01'],
    ]);
    expect(report.trend[1]!.errors).toBe(4);
  });

  it('says nothing changed without a previous audit', () => {
    expect(build([file('a.md', {})]).comparison).toMatchObject({ previous: null, change: null, newlyStale: [] });
  });
});

describe('finding fingerprints', () => {
  it('are the lint run\'s own, so the audit, the baseline and SARIF name a finding alike', () => {
    const stale = message('stale-article', 'Last updated on 2025-01-02, 150 days ago: more than the 120 days allowed.');
    const report = build([file('a.md', { updated: '2025-01-02' }, [{ ...stale, fingerprint: 'from-the-lint-run' }])]);
    expect(report.articles[0]!.findings.map((f) => f.fingerprint)).toEqual(['from-the-lint-run']);
  });

  it('are computed the engine\'s way when the results carry none: day counts drift, the finding stays', () => {
    const day = (text: string) => build([file('a.md', { updated: '2025-01-02' }, [message('stale-article', text)])]).articles[0]!.findings[0]!.fingerprint;
    const a = day('Last updated on 2025-01-02, 150 days ago: more than the 120 days allowed.');
    expect(a).toBe(day('Last updated on 2025-01-02, 240 days ago: more than the 120 days allowed.'));
    expect(a).not.toBe(day('Last updated on 2025-03-02, 180 days ago: more than the 120 days allowed.'));
    expect(a).toBe(fingerprintMessages('a.md', [message('stale-article', 'Last updated on 2025-01-02, 150 days ago: more than the 120 days allowed.')])[0]);
    const codes = build([file('a.md', {}, [message('unknown-error-code', 'Error code 50001'), message('unknown-error-code', 'Error code 50002')])]).articles[0]!.findings;
    expect(codes[0]!.fingerprint).not.toBe(codes[1]!.fingerprint);
  });
});

describe('review dates (freshness.reviewField)', () => {
  it('count as much as an edit, as stale-article judges: the later date sets the age, and the CSV shows the review', async () => {
    const report = build([
      file('setup/reviewed.md', { updated: '2024-01-10', reviewed: '2026-05-01' }),
      file('setup/edited-later.md', { updated: '2026-05-20', reviewed: '2024-01-10' }),
      file('setup/never-reviewed.md', { updated: '2024-01-10', reviewed: null }),
    ]);
    const byPath = Object.fromEntries(report.articles.map((a) => [a.path, a]));
    expect(byPath['setup/reviewed.md']).toMatchObject({ status: 'fresh', ageDays: 31, reviewed: '2026-05-01', updated: '2024-01-10' });
    expect(byPath['setup/edited-later.md']).toMatchObject({ status: 'fresh', ageDays: 12 });
    expect(byPath['setup/never-reviewed.md']).toMatchObject({ status: 'stale', reviewed: null });
    const { renderCsv } = await import('../../src/audit/csv.js');
    const rows = renderCsv(report).split('\r\n').map((line) => line.split(','));
    const column = rows[0]!.indexOf('reviewed');
    expect(rows.find((r) => r[0] === 'setup/reviewed.md')![column]).toBe('2026-05-01');
    expect(rows.find((r) => r[0] === 'setup/never-reviewed.md')![column]).toBe('');
  });

  it('reach the audit from a lint run whose config names the field, and only then', async () => {
    const { lintText } = await import('../../src/index.js');
    const text = '---\ntitle: T\nupdated: 2024-01-10\nlast_reviewed: 2026-05-01\n---\n# T\n\nText.\n';
    const withField = await lintText(text, { filePath: 'setup/a.md', now: '2026-06-01', config: { freshness: { reviewField: 'last_reviewed' } } });
    expect(withField.files[0]!.metadata.reviewed).toBe('2026-05-01');
    expect(withField.files[0]!.messages.filter((m) => m.ruleId === 'stale-article')).toEqual([]);
    const audited = buildAuditReport({ ...auditInput(withField) });
    expect(audited.articles[0]).toMatchObject({ reviewed: '2026-05-01', status: 'fresh' });
    const without = await lintText(text, { filePath: 'setup/a.md', now: '2026-06-01' });
    expect(without.files[0]!.metadata).not.toHaveProperty('reviewed');
  });
});

function auditInput(results: LintResults): AuditInput {
  return {
    results,
    config,
    cwd: CWD,
    outDir: path.join(CWD, 'out'),
    history: NO_HISTORY,
    coverage: null,
    generatedAt: '2026-06-01T10:00:00.000Z',
    kblintVersion: '0.0.0-test',
    configHash: 'abc',
  };
}
