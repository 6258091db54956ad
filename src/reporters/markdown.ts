// A Markdown report for a GitHub step summary, a pull-request comment or a
// wiki page: the counts, then every finding grouped by file, linked to its line.
import type { FileResult, LintMessage, LintResults, Severity } from '../model/types.js';

/** GitHub's limit for one step's summary is 1 MiB; stay under it with room for the closing line. */
export const MARKDOWN_MAX_BYTES = 1024 * 1024 - 4 * 1024;

export interface MarkdownOptions {
  /** Prefix for links to a line: `https://github.com/o/r/blob/<sha>/` (the path and `#L12` are added). Default: links relative to the report. */
  linkBase?: string;
  /** The working folder inside the repository (`docs/`), put before paths in links. */
  pathPrefix?: string;
  maxBytes?: number;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

/** Escapes text for a Markdown paragraph or table cell, so article text cannot add links, HTML or layout. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatMarkdown(results: LintResults, options: MarkdownOptions = {}): string {
  const max = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const { summary } = results;
  const head: string[] = [];
  const problems = summary.errors + summary.warnings + summary.infos;
  const suppressed = summary.suppressed ? `, ${summary.suppressed} known from the baseline (not counted)` : '';
  head.push(`## kblint: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`);
  head.push('');
  head.push(`${plural(summary.files, 'article')} checked as of ${results.now}${suppressed}.`);
  head.push('');
  if (problems > 0) {
    head.push('| rule | errors | warnings | infos |', '| --- | ---: | ---: | ---: |');
    for (const [rule, counts] of countByRule(results.files)) {
      head.push(`| \`${rule.replace(/`/g, "'")}\` | ${counts.error} | ${counts.warning} | ${counts.info} |`);
    }
    head.push('');
  }
  const body: string[] = [];
  let size = Buffer.byteLength(`${head.join('\n')}\n`);
  let shown = 0;
  let left = 0;
  let leftFiles = 0;
  for (const file of results.files) {
    if (file.messages.length === 0) continue;
    const section = [`### ${escapeMarkdown(file.path)}`, '', ...sorted(file.messages).map((m) => line(file, m, options)), ''];
    const bytes = Buffer.byteLength(`${section.join('\n')}\n`);
    if (left > 0 || size + bytes > max) {
      // Whole files only, so no file is shown half; what is left out is counted.
      left += file.messages.length;
      leftFiles++;
      continue;
    }
    size += bytes;
    shown += file.messages.length;
    body.push(...section);
  }
  if (left > 0) {
    body.push(`**${plural(left, 'more finding')} in ${plural(leftFiles, 'more file')} left out** to keep this report within GitHub's 1 MiB summary limit (${shown} shown). The JSON or SARIF report has every finding.`, '');
  }
  return `${[...head, ...body].join('\n')}\n`;
}

function sorted(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.line - b.line || a.column - b.column);
}

function line(file: FileResult, message: LintMessage, options: MarkdownOptions): string {
  const target = `${options.linkBase ?? ''}${encodeURI(`${options.pathPrefix ?? ''}${file.filePath}`)}#L${message.line}`;
  const suggestion = message.suggestion ? ` ${escapeMarkdown(`→ ${message.suggestion}`)}` : '';
  return `- [line ${message.line}](${target.replace(/\(/g, '%28').replace(/\)/g, '%29')}) **${LABEL[message.severity]}** ${escapeMarkdown(message.message)}${suggestion} (\`${message.ruleId.replace(/`/g, "'")}\`)`;
}

function countByRule(files: FileResult[]): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const file of files) {
    for (const message of file.messages) {
      const entry = counts.get(message.ruleId) ?? { error: 0, warning: 0, info: 0 };
      entry[message.severity]++;
      counts.set(message.ruleId, entry);
    }
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
