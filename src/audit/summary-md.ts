// summary.md: the headline figures, the change since the last audit and the
// top of the work list, for a wiki page or a pull request. Article text is
// escaped so a title cannot add Markdown structure or HTML.
import type { AuditReport } from './schema.js';

const TOP = 20;

/** Text safe in a Markdown table cell: no HTML, no emphasis or link syntax, no cell break. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

export function renderSummary(report: AuditReport): string {
  const h = report.headline;
  const byPath = new Map(report.articles.map((a) => [a.path, a]));
  const lines = [
    `# Help-center audit, ${report.now} (${report.quarter})`,
    '',
    `${h.articles} articles. Generated ${report.generatedAt} by kblint ${report.kblintVersion}.`,
    '',
    '| Figure | Value |',
    '| --- | --- |',
    `| Fresh | ${h.freshPercent}% (${h.fresh}) |`,
    `| Due for review | ${h.duePercent}% (${h.due}) |`,
    `| Stale | ${h.stalePercent}% (${h.stale}) |`,
    `| Undated | ${h.undated} |`,
    `| Errors | ${h.errors} |`,
    `| Dead links | ${h.deadLinks} |`,
    `| Broken internal links | ${h.brokenLinks} |`,
    `| Unexplained error codes | ${h.unexplainedCodes} |`,
    `| Median grade | ${h.medianGrade ?? '–'} |`,
    '',
    '## Since the last audit',
    '',
  ];
  const c = report.comparison;
  if (!c.previous || !c.change) {
    lines.push('No earlier audit is stored, so there is nothing to compare with yet.');
  } else {
    const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : ''}${n}`);
    lines.push(
      `Compared with the audit of ${c.previous.now} (${c.previous.quarter}):`,
      '',
      `- % fresh ${signed(c.change.freshPercent)} pts, % stale ${signed(c.change.stalePercent)} pts`,
      `- errors ${signed(c.change.errors)}, dead links ${signed(c.change.deadLinks)}, unexplained codes ${signed(c.change.unexplainedCodes)}, median grade ${signed(c.change.medianGrade)}`,
      `- newly stale: ${c.newlyStale.length}; fixed: ${c.fixed.length}; still stale: ${c.stillStale.length}`,
      `- new dead links: ${c.newDeadLinks.length}; fixed dead links: ${c.fixedDeadLinks.length}`,
    );
  }
  if (report.trend.length > 1) {
    lines.push('', '| Quarter | % fresh | % stale | Errors | Dead links |', '| --- | --- | --- | --- | --- |');
    for (const p of report.trend) lines.push(`| ${p.quarter} | ${p.freshPercent}% | ${p.stalePercent}% | ${p.errors} | ${p.deadLinks} |`);
  }
  lines.push('', '## Fix these first', '');
  if (report.workList.length === 0) lines.push('Nothing to fix.');
  else {
    lines.push('| # | Article | Priority | Why |', '| --- | --- | --- | --- |');
    report.workList.slice(0, TOP).forEach((name, i) => {
      const a = byPath.get(name)!;
      const label = a.title ? `${markdownText(a.title)} (${markdownText(a.path)})` : markdownText(a.path);
      lines.push(`| ${i + 1} | ${label} | ${a.priority} | ${a.reasons.map(markdownText).join('; ')} |`);
    });
    if (report.workList.length > TOP) lines.push('', `The first ${TOP} of ${report.workList.length}; index.html, audit.json and articles.csv have the rest.`);
  }
  return `${lines.join('\n')}\n`;
}
