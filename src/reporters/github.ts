import type { LintMessage, LintResults } from '../model/types.js';

// Escaping exactly as @actions/core does it (packages/core/src/command.ts in
// actions/toolkit): `%` first, then CR and LF; properties also escape `:` and
// `,`, which separate a command's properties from each other and from its data.

/** Escapes a workflow command's message (the part after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. */
export const DEFAULT_ANNOTATIONS_PER_SEVERITY = 10;

export interface GithubOptions {
  /** At most this many annotations of each severity (default 10, GitHub's own limit); 0 or less: no limit. */
  perSeverity?: number;
  /** Where the findings not annotated can be read, for the closing notice. */
  elsewhere?: string;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * GitHub Actions workflow commands, one line per message, which the runner
 * turns into annotations:
 * `::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=9,title=kblint(rule-id)::Message (rule-id)`.
 * `file` is the file on disk (`FileResult.filePath`). The most important come
 * first (errors, then warnings, then notices; each by file and position), at
 * most `perSeverity` of each, since GitHub silently drops the rest; then one
 * notice says how many more there are and where to read them. Empty string
 * when there is nothing to annotate; otherwise every line ends with a newline.
 */
export function formatGithub(results: LintResults, options: GithubOptions = {}): string {
  const limit = options.perSeverity ?? DEFAULT_ANNOTATIONS_PER_SEVERITY;
  const all = results.files.flatMap((file) => file.messages.map((message) => ({ file: file.filePath, message })));
  all.sort((a, b) => RANK[a.message.severity] - RANK[b.message.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts = { error: 0, warning: 0, info: 0 };
  const total = { error: 0, warning: 0, info: 0 };
  for (const { message } of all) total[message.severity]++;
  const over = limit > 0 && (total.error > limit || total.warning > limit || total.info > limit);
  // The closing notice is a notice too: keep room for it in the notice budget.
  const budget = { error: limit, warning: limit, info: over ? limit - 1 : limit };
  const lines: string[] = [];
  for (const { file, message } of all) {
    if (limit > 0 && counts[message.severity] >= budget[message.severity]) continue;
    counts[message.severity]++;
    lines.push(command(file, message));
  }
  const left = { error: total.error - counts.error, warning: total.warning - counts.warning, info: total.info - counts.info };
  const leftTotal = left.error + left.warning + left.info;
  if (leftTotal > 0) {
    const parts = [
      left.error > 0 ? `${left.error} error${left.error === 1 ? '' : 's'}` : '',
      left.warning > 0 ? `${left.warning} warning${left.warning === 1 ? '' : 's'}` : '',
      left.info > 0 ? `${left.info} info${left.info === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    const where = options.elsewhere ?? 'the job summary or the SARIF/JSON report (kblint --format markdown, --format sarif)';
    const text = `kblint: ${leftTotal} more finding${leftTotal === 1 ? '' : 's'} not annotated (${parts.join(', ')}): GitHub shows at most ${limit} annotations of each severity. Every finding is in ${where}.`;
    lines.push(`::notice title=${escapeProperty('kblint: more findings')}::${escapeData(text)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function command(filePath: string, message: LintMessage): string {
  const properties: Array<[string, string | number]> = [
    ['file', filePath],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', `kblint(${message.ruleId})`],
  ];
  // Like the toolkit, leave out empty values (and positions that are not 1-based numbers).
  const props = properties
    .filter(([, value]) => (typeof value === 'number' ? Number.isInteger(value) && value >= 1 : value !== ''))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  let text = `${message.message} (${message.ruleId})`;
  if (message.suggestion !== undefined && message.suggestion !== '') text += ` — ${message.suggestion}`;
  return `::${COMMAND[message.severity]}${props === '' ? '' : ` ${props}`}::${escapeData(text)}`;
}
