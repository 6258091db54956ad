// index.html: one self-contained page. Inline CSS (allowed by its hash in the
// Content-Security-Policy), inline SVG charts, no script, nothing fetched.
// Every piece of article text goes through escapeHtml; nothing is rendered raw.
import { createHash } from 'node:crypto';
import type { Chart } from './charts.js';
import { escapeHtml, linkOrText } from './escape.js';
import type { AuditArticle, AuditReport, GroupFigures } from './schema.js';

/** Rows the page shows at most per long table; audit.json and articles.csv hold all. */
export const PAGE_LIMITS = { workList: 100, articles: 300, groups: 100, deadLinks: 200, metadata: 200, codes: 200 };

export function renderHtml(report: AuditReport, charts: Chart[]): string {
  const css = STYLE;
  const hash = createHash('sha256').update(css).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const byPath = new Map(report.articles.map((a) => [a.path, a]));
  const title = `Help-center audit, ${report.now} (${report.quarter})`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${report.headline.articles} articles, judged as of ${escapeHtml(report.now)}. Generated ${escapeHtml(report.generatedAt)} by kblint ${escapeHtml(report.kblintVersion)} (config ${escapeHtml(report.configHash.slice(0, 12))}).</p>
<nav><ul>${NAV.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>
</header>
<main>
${headlineSection(report)}
${changeSection(report, byPath)}
${workListSection(report, byPath)}
${chartsSection(charts)}
${groupsSection('by-category', 'By category', 'Category', report.byCategory)}
${groupsSection('by-locale', 'By locale', 'Locale', report.byLocale)}
${coverageSection(report, byPath)}
${deadLinksSection(report)}
${metadataSection(report, byPath)}
${articlesSection(report)}
${definitionsSection(report)}
</main>
</body>
</html>
`;
}

const NAV: [string, string][] = [
  ['headline', 'Headline'],
  ['change', 'Since last audit'],
  ['work-list', 'Fix these first'],
  ['charts', 'Charts'],
  ['by-category', 'By category'],
  ['by-locale', 'By locale'],
  ['codes', 'Error codes'],
  ['dead-links', 'Dead links'],
  ['metadata', 'Metadata'],
  ['articles', 'All articles'],
  ['definitions', 'Definitions'],
];

function headlineSection(report: AuditReport): string {
  const h = report.headline;
  const figure = (value: string | number, label: string, tone = '') => `<div class="figure ${tone}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const errorsByRule = h.errorsByRule.length
    ? table(['Rule', 'Errors'], h.errorsByRule.map((r) => [escapeHtml(r.ruleId), num(r.count)]), 'Errors by rule', 'compact')
    : '<p>No errors.</p>';
  return `<section id="headline">
<h2>Headline figures</h2>
<dl class="figures">
${figure(h.articles, 'Articles')}
${figure(`${h.freshPercent}%`, 'Fresh', 'good')}
${figure(`${h.duePercent}%`, 'Due for review', 'warn')}
${figure(`${h.stalePercent}%`, 'Stale', 'bad')}
${figure(h.errors, 'Errors')}
${figure(h.deadLinks, 'Dead links')}
${figure(h.brokenLinks, 'Broken internal links')}
${figure(h.unexplainedCodes, 'Unexplained error codes')}
${figure(h.medianGrade ?? '–', 'Median grade')}
</dl>
<p>${h.fresh} fresh, ${h.due} due, ${h.stale} stale, ${h.undated} undated; ${h.warnings} warnings.</p>
${errorsByRule}
</section>`;
}

function changeSection(report: AuditReport, byPath: Map<string, AuditArticle>): string {
  const c = report.comparison;
  if (!c.previous || !c.change) {
    return `<section id="change"><h2>Since the last audit</h2><p>No earlier audit is stored in the history, so there is nothing to compare with yet.</p></section>`;
  }
  const list = (names: string[], empty: string) =>
    names.length ? `<ul>${names.slice(0, PAGE_LIMITS.workList).map((n) => `<li>${articleLink(n, byPath)}</li>`).join('')}</ul>${capNote(names.length, PAGE_LIMITS.workList)}` : `<p>${empty}</p>`;
  const links = (items: { article: string; url: string }[], empty: string) =>
    items.length
      ? `<ul>${items.slice(0, PAGE_LIMITS.deadLinks).map((i) => `<li>${articleLink(i.article, byPath)}: <span class="url">${escapeHtml(i.url)}</span></li>`).join('')}</ul>${capNote(items.length, PAGE_LIMITS.deadLinks)}`
      : `<p>${empty}</p>`;
  return `<section id="change">
<h2>Since the last audit</h2>
<p>Compared with audit #${c.previous.runId} of ${escapeHtml(c.previous.now)} (${escapeHtml(c.previous.quarter)}), run ${escapeHtml(c.previous.createdAt)}.</p>
${table(
  ['Figure', 'Before', 'Now', 'Change'],
  changeRows(report).map((row) => row.map(escapeHtml)),
  'Change in each headline figure',
  'compact',
)}
<div class="columns">
<div><h3>Newly stale (${c.newlyStale.length})</h3>${list(c.newlyStale, 'None.')}</div>
<div><h3>Fixed: no longer stale (${c.fixed.length})</h3>${list(c.fixed, 'None.')}</div>
</div>
<h3>Still stale (${c.stillStale.length})</h3>
${
  c.stillStale.length
    ? table(['Article', 'Stale for'], c.stillStale.slice(0, PAGE_LIMITS.workList).map((s) => [articleLink(s.article, byPath), `${s.audits} audits in a row`])) + capNote(c.stillStale.length, PAGE_LIMITS.workList)
    : '<p>None.</p>'
}
<div class="columns">
<div><h3>New dead links (${c.newDeadLinks.length})</h3>${links(c.newDeadLinks, 'None.')}</div>
<div><h3>Fixed dead links (${c.fixedDeadLinks.length})</h3>${links(c.fixedDeadLinks, 'None.')}</div>
</div>
</section>`;
}

function changeRows(report: AuditReport): string[][] {
  const d = report.comparison.change!;
  const h = report.headline;
  const row = (label: string, now: number | null, delta: number | null, unit = ''): string[] => {
    if (now === null || delta === null) return [label, '–', now === null ? '–' : `${now}${unit}`, '–'];
    const before = Math.round((now - delta) * 10) / 10;
    return [label, `${before}${unit}`, `${now}${unit}`, `${delta > 0 ? '+' : ''}${delta}${unit === '%' ? ' pts' : ''}`];
  };
  return [
    row('Articles', h.articles, d.articles),
    row('Fresh', h.freshPercent, d.freshPercent, '%'),
    row('Stale', h.stalePercent, d.stalePercent, '%'),
    row('Errors', h.errors, d.errors),
    row('Dead links', h.deadLinks, d.deadLinks),
    row('Unexplained error codes', h.unexplainedCodes, d.unexplainedCodes),
    row('Median grade', h.medianGrade, d.medianGrade),
  ];
}

function workListSection(report: AuditReport, byPath: Map<string, AuditArticle>): string {
  const rows = report.workList.slice(0, PAGE_LIMITS.workList).map((name, i) => {
    const a = byPath.get(name)!;
    return [
      num(i + 1),
      `${articleLink(a.path, byPath)}<div class="title">${escapeHtml(a.title ?? '(no title)')}</div>`,
      `<span class="status ${a.status}">${a.status}</span>`,
      num(a.priority),
      `<ul class="reasons">${a.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`,
    ];
  });
  return `<section id="work-list">
<h2>Fix these first</h2>
<p>Stale articles and articles with errors, broken or dead links or unexplained error codes, highest priority first. Priority = ${escapeHtml(report.definitions.priority)}</p>
${rows.length ? table(['#', 'Article', 'Status', 'Priority', 'Why'], rows, 'Work list', 'work-list') : '<p>Nothing to fix.</p>'}
${capNote(report.workList.length, PAGE_LIMITS.workList)}
</section>`;
}

function chartsSection(charts: Chart[]): string {
  return `<section id="charts">
<h2>Charts</h2>
${charts
  .map(
    (c) => `<figure class="chart" id="chart-${escapeHtml(c.id)}">
<h3>${escapeHtml(c.title)}</h3>
<div class="svg" role="img" aria-label="${escapeHtml(c.title)}">${c.svg}</div>
<figcaption>${escapeHtml(c.caption)}</figcaption>
${table(c.table.columns.map(escapeHtml), c.table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? num(cell) : escapeHtml(cell ?? '–')))), `${c.title}: the numbers`)}
</figure>`,
  )
  .join('\n')}
</section>`;
}

function groupsSection(id: string, heading: string, nameLabel: string, groups: GroupFigures[]): string {
  const rows = groups.slice(0, PAGE_LIMITS.groups).map((g) => [
    escapeHtml(g.name),
    num(g.articles),
    num(g.fresh),
    num(g.due),
    num(g.stale),
    num(g.undated),
    `${g.stalePercent}%`,
    num(g.errors),
    num(g.deadLinks),
    num(g.unexplainedCodes),
    g.medianGrade === null ? '–' : num(g.medianGrade),
  ]);
  return `<section id="${id}">
<h2>${heading}</h2>
${table([nameLabel, 'Articles', 'Fresh', 'Due', 'Stale', 'Undated', '% stale', 'Errors', 'Dead links', 'Unexplained codes', 'Median grade'], rows)}
${capNote(groups.length, PAGE_LIMITS.groups)}
</section>`;
}

function coverageSection(report: AuditReport, byPath: Map<string, AuditArticle>): string {
  const cov = report.codeCoverage;
  if (!cov) {
    return `<section id="codes"><h2>Error-code coverage</h2><p>No error-code catalog is configured (errorCodes.catalog), so there is no coverage to report; ${report.headline.unexplainedCodes} error-code mentions lack their meaning or fix.</p></section>`;
  }
  const s = cov.summary;
  const articles = (names: string[]) => names.map((n) => articleLink(n, byPath)).join(', ') || '–';
  const rows = cov.codes.slice(0, PAGE_LIMITS.codes).map((c) => [
    `<code>${escapeHtml(c.code)}</code>${c.deprecated ? ' <span class="tag">deprecated</span>' : ''}`,
    escapeHtml(c.message),
    `<span class="coverage ${c.status}">${c.status}</span>`,
    articles(c.explainedIn),
    articles(c.mentionedIn),
  ]);
  const unlisted = cov.unlisted.slice(0, PAGE_LIMITS.codes).map((u) => [`<code>${escapeHtml(u.code)}</code>`, articles(u.articles)]);
  return `<section id="codes">
<h2>Error-code coverage</h2>
<p>Catalog ${escapeHtml(cov.catalog ?? '')}: ${s.catalogCodes} codes; ${s.explained} explained, ${s.mentioned} only mentioned without meaning or fix, ${s.none} never named; ${s.unlisted === 1 ? '1 code named in articles is' : `${s.unlisted} codes named in articles are`} not in the catalog.</p>
${table(['Code', 'Catalog message', 'Status', 'Explained in', 'Mentioned without context in'], rows)}
${capNote(cov.codes.length, PAGE_LIMITS.codes)}
${unlisted.length ? `<h3>Codes not in the catalog</h3>${table(['Code', 'Named in'], unlisted)}${capNote(cov.unlisted.length, PAGE_LIMITS.codes)}` : ''}
</section>`;
}

function deadLinksSection(report: AuditReport): string {
  const groups = report.deadLinksByHost;
  if (groups.length === 0) return `<section id="dead-links"><h2>Dead links by host</h2><p>No dead links${report.headline.deadLinks === 0 ? '' : ''}.</p></section>`;
  let shown = 0;
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  const blocks = [];
  for (const g of groups) {
    if (shown >= PAGE_LIMITS.deadLinks) break;
    const links = g.links.slice(0, PAGE_LIMITS.deadLinks - shown);
    shown += links.length;
    blocks.push(`<h3>${escapeHtml(g.host)} (${g.links.length})</h3>
${table(['Link', 'Article', 'Why'], links.map((l) => [`<span class="url">${escapeHtml(l.url)}</span>`, `${linkOrText(l.href, `${l.article}:${l.line}`, 'path')}`, escapeHtml(l.message)]))}`);
  }
  return `<section id="dead-links"><h2>Dead links by host</h2>
<p>${plural(total, 'dead link')} on ${plural(groups.length, 'host')}. URLs are shown as text, not links: they come from the articles.</p>
${blocks.join('\n')}
${capNote(total, PAGE_LIMITS.deadLinks)}
</section>`;
}

function metadataSection(report: AuditReport, byPath: Map<string, AuditArticle>): string {
  const issues = report.metadataIssues;
  const rows = issues.slice(0, PAGE_LIMITS.metadata).map((i) => [articleLink(i.article, byPath), `<ul class="reasons">${i.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`]);
  return `<section id="metadata"><h2>Missing or inconsistent metadata</h2>
${rows.length ? table(['Article', 'Problems'], rows) : '<p>Every article has a title, dates and a category that read cleanly.</p>'}
${capNote(issues.length, PAGE_LIMITS.metadata)}
</section>`;
}

/** The date the age counts from: the later of the review and the edit (or, never updated, the publication). */
function lastDate(a: AuditArticle): string {
  const edited = a.updated ?? a.published;
  if (a.reviewed !== null && (edited === null || a.reviewed > edited)) return `${a.reviewed} (reviewed)`;
  return edited ?? '–';
}

function articlesSection(report: AuditReport): string {
  const byPath = new Map(report.articles.map((a) => [a.path, a]));
  const rows = report.articles.slice(0, PAGE_LIMITS.articles).map((a) => [
    articleLink(a.path, byPath),
    escapeHtml(a.title ?? '(no title)'),
    escapeHtml(a.category ?? '–'),
    escapeHtml(a.locale),
    `<span class="nowrap">${escapeHtml(lastDate(a))}</span>`,
    a.ageDays === null ? '–' : num(a.ageDays),
    a.views === null ? '–' : num(a.views),
    `<span class="status ${a.status}">${a.status}</span>`,
    num(a.errors),
    num(a.warnings),
    a.grade === null ? '–' : num(a.grade),
  ]);
  return `<section id="articles"><h2>All articles</h2>
${table(['Article', 'Title', 'Category', 'Locale', 'Last date', 'Age (days)', 'Views', 'Status', 'Errors', 'Warnings', 'Grade'], rows)}
${capNote(report.articles.length, PAGE_LIMITS.articles)}
</section>`;
}

function definitionsSection(report: AuditReport): string {
  const d = report.definitions;
  return `<section id="definitions"><h2>Definitions</h2><dl class="definitions">
<dt>Fresh</dt><dd>${escapeHtml(d.fresh)}</dd>
<dt>Due</dt><dd>${escapeHtml(d.due)}</dd>
<dt>Stale</dt><dd>${escapeHtml(d.stale)}</dd>
<dt>Undated</dt><dd>${escapeHtml(d.undated)}</dd>
<dt>Priority</dt><dd>${escapeHtml(d.priority)}</dd>
<dt>Grade</dt><dd>Flesch–Kincaid grade level of the article's prose.</dd>
</dl></section>`;
}

function articleLink(name: string, byPath: Map<string, AuditArticle>): string {
  const a = byPath.get(name);
  return a ? linkOrText(a.href, name, 'path') : escapeHtml(name);
}

function capNote(total: number, shown: number): string {
  return total > shown ? `<p class="note">Showing the first ${shown} of ${total}; audit.json and articles.csv list them all.</p>` : '';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function num(n: number): string {
  return escapeHtml(n.toLocaleString('en-US'));
}

/** Cells are HTML already escaped by the caller; headers too. */
function table(headers: string[], rows: string[][], caption?: string, className?: string): string {
  return `<table${className ? ` class="${className}"` : ''}>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}
<thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1c1b1f; --muted: #5f5d66; --line: #d8d6de; --good: #2e7d32; --warn: #9a5b00; --bad: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta, .note, figcaption { color: var(--muted); }
.note { font-style: italic; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: #1f5fa8; }
.url, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .88em; overflow-wrap: anywhere; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: .75rem; margin: 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.figure dt { color: var(--muted); font-size: .85rem; }
.figure dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
.figure.good dd { color: var(--good); } .figure.warn dd { color: var(--warn); } .figure.bad dd { color: var(--bad); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
a.path { overflow-wrap: anywhere; }
.nowrap, .status, .coverage, .tag { white-space: nowrap; }
.chart table, table.compact { width: auto; min-width: 50%; }
th { background: #f3f2f6; }
td:first-child { min-width: 3ch; }
.title { color: var(--muted); font-size: .85rem; }
.status, .coverage, .tag { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; border: 1px solid currentColor; }
.status.fresh, .coverage.explained { color: var(--good); }
.status.due, .coverage.mentioned { color: var(--warn); }
.status.stale, .coverage.none { color: var(--bad); }
.status.undated { color: var(--muted); }
.reasons { margin: 0; padding-left: 1.1rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 2rem; }
.chart { margin: 0 0 2rem; break-inside: avoid; }
.chart .svg { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.definitions dt { font-weight: 600; } .definitions dd { margin: 0 0 .5rem 1rem; }
@media print {
  body { font-size: 11pt; }
  nav { display: none; }
  header, main { max-width: none; padding: 0; }
  section { break-before: page; }
  section#headline { break-before: auto; }
  tr, figure, .figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  th { background: #eee; }
}
`;
