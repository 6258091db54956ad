// The four files: CSV parsed back, HTML escaping and CSP, chart SVG checks,
// audit.json against the committed JSON Schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/config/schema.js';
import { buildAuditReport, NO_HISTORY } from '../../src/audit/report.js';
import { assertSelfContained, buildCharts } from '../../src/audit/charts.js';
import { CSV_COLUMNS, neutraliseFormula, renderCsv } from '../../src/audit/csv.js';
import { renderHtml } from '../../src/audit/html.js';
import { safeLinkTarget } from '../../src/audit/escape.js';
import { markdownText, renderSummary } from '../../src/audit/summary-md.js';
import { auditJsonSchema, type AuditReport } from '../../src/audit/schema.js';
import type { FileResult, LintMessage } from '../../src/model/types.js';
import { REPO_ROOT } from '../support/cli.js';
import { auditProject, type AuditProject } from './support.js';

const INJECTED = '<img src=x onerror=alert(1)><script>alert(2)</script>';

function deadLink(url: string): LintMessage {
  return { ruleId: 'dead-link', severity: 'error', message: `Dead link "${url}": HTTP 404.`, line: 4, column: 1, endLine: 4, endColumn: 9 };
}

function hostileReport(): AuditReport {
  const files: FileResult[] = [
    {
      path: 'billing/"quoted", and, commas.md',
      filePath: 'billing/"quoted", and, commas.md',
      metadata: { title: '=HYPERLINK("https://evil.example","click")', published: null, updated: '2024-01-01', views: 12, category: '+cmd', locale: null },
      messages: [deadLink('javascript:alert(document.domain)'), deadLink('data:text/html,<script>alert(1)</script>'), deadLink('https://ok.example/a?b="c"')],
    },
    {
      path: 'billing/inject.md',
      filePath: 'billing/inject.md',
      metadata: { title: INJECTED, published: '2024-01-01', updated: null, views: null, category: '@SUM(A1)', locale: null },
      messages: [{ ruleId: 'missing-title', severity: 'error', message: `Title ${INJECTED}`, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      path: 'setup/multi\nline.md',
      filePath: 'setup/multi\nline.md',
      metadata: { title: 'Line one\nline two, "quoted"', published: null, updated: '2026-05-01', views: 5, category: '-1', locale: 'fr' },
      messages: [],
    },
  ];
  return buildAuditReport({
    results: { version: 1, now: '2026-06-01', files, summary: { files: 3, errors: 0, warnings: 0, infos: 0 }, rules: [] },
    config: applyDefaults({}, '/help', null),
    cwd: '/help',
    outDir: '/help/out',
    history: NO_HISTORY,
    coverage: null,
    generatedAt: '2026-06-01T00:00:00.000Z',
    kblintVersion: 'test',
    configHash: 'test',
  });
}

describe('articles.csv', () => {
  it('parses back to one row per article with the issue columns, quoting intact and formulas neutralised', () => {
    const report = hostileReport();
    const csv = renderCsv(report);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parse(csv, { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
    const quoted = byPath['billing/"quoted", and, commas.md']!;
    expect(quoted.title).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(quoted.category).toBe("'+cmd");
    expect(quoted).toMatchObject({ freshness: 'stale', dead_links: '3', views: '12', updated: '2024-01-01', age_days: '882' });
    expect(byPath['billing/inject.md']!.category).toBe("'@SUM(A1)");
    expect(byPath['setup/multi\nline.md']).toMatchObject({ title: 'Line one\nline two, "quoted"', category: "'-1", locale: 'fr', readability_grade: '' });
  });

  it('leaves ordinary text alone', () => {
    expect(['Fees', 'a=b', '2026-01-01', ''].map(neutraliseFormula)).toEqual(['Fees', 'a=b', '2026-01-01', '']);
    expect(['=1', '+1', '-1', '@x', '\t=1'].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\t=1"]);
  });
});

describe('index.html', () => {
  let html: string;
  beforeAll(async () => {
    const report = hostileReport();
    html = renderHtml(report, await buildCharts(report));
  });

  it('escapes titles, paths and messages: the injected title is text', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('shows javascript: and data: URLs as text, never as links', () => {
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    expect(html).toContain('<span class="url">javascript:alert(document.domain)</span>');
    expect(html).toContain('data:text/html,&lt;script&gt;');
    for (const bad of ['javascript:x', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'file:///etc/passwd']) {
      expect(safeLinkTarget(bad), bad).toBeNull();
    }
    expect(safeLinkTarget('https://ok.example/')).toBe('https://ok.example/');
    expect(safeLinkTarget('../billing/a.md')).toBe('../billing/a.md');
  });

  it('allows exactly its own stylesheet by hash, and nothing to be fetched or run', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(csp).not.toContain('connect-src');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('@media print');
    expect(html).toMatch(/section \{ break-before: page; \}/);
  });
});

describe('charts', () => {
  it('are Vega SVG with a table of the same numbers, and reference nothing outside themselves', async () => {
    const report = hostileReport();
    const charts = await buildCharts(report);
    expect(charts.map((c) => c.id)).toEqual(['age', 'stale-by-category', 'readability', 'translations', 'trend']);
    for (const chart of charts) {
      expect(chart.svg.startsWith('<svg')).toBe(true);
      expect(chart.caption.length).toBeGreaterThan(20);
      expect(() => assertSelfContained(chart.svg)).not.toThrow();
    }
    const age = charts.find((c) => c.id === 'age')!;
    expect(age.table.rows).toEqual(report.ageDistribution.map((b) => [b.bucket, b.articles]));
    // Category names are article text: they appear escaped in the SVG.
    expect(charts.find((c) => c.id === 'stale-by-category')!.svg).toContain('@SUM(A1)');
  });

  it('refuses SVG that could run or fetch', () => {
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg><image href="https://x.example/a.png"/></svg>',
      '<svg><a xlink:href="https://x.example/">x</a></svg>',
      '<svg><rect onload="alert(1)"/></svg>',
      '<svg><rect fill="url(https://x.example/#p)"/></svg>',
      '<svg><foreignObject></foreignObject></svg>',
    ]) {
      expect(() => assertSelfContained(svg), svg).toThrow(/not self-contained/);
    }
    expect(() => assertSelfContained('<svg><text aria-label="onload=1 href=x">url(x)</text></svg>')).not.toThrow();
  });
});

describe('summary.md', () => {
  it('escapes article text so a title adds no HTML, links or table cells', () => {
    const md = renderSummary(hostileReport());
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('a | b [x](y) *z*')).toBe('a \\| b \\[x\\](y) \\*z\\*');
    expect(md).toContain('## Fix these first');
  });
});

describe('audit.json', () => {
  let project: AuditProject;
  beforeAll(() => {
    project = auditProject();
  });
  afterAll(() => project.remove());

  it('matches the committed schema, which is generated from the model', () => {
    const committed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/audit.schema.json'), 'utf8'));
    expect(committed, 'run `npm run build && node schemas/build-audit-schema.mjs`').toEqual(auditJsonSchema());
  });

  it('validates against the schema with ajv, and a broken report does not', async () => {
    const outcome = await project.audit(['--no-history']);
    expect(outcome.code).toBe(0);
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/audit.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(readFileSync(path.join(project.dir, 'out/audit.json'), 'utf8'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.version).toBe(1);
    expect(report.articles).toHaveLength(8);
    const broken = { ...report, headline: { ...report.headline, stalePercent: 140 }, extra: true };
    expect(validate(broken)).toBe(false);
  });
});
