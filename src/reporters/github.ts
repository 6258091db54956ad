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

/**
 * GitHub Actions workflow commands, one line per message, which the runner
 * turns into annotations:
 * `::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=9,title=kblint(rule-id)::Message (rule-id)`.
 * `file` is the file on disk (`FileResult.filePath`). Empty string when there
 * is nothing to annotate; otherwise every line ends with a newline.
 */
export function formatGithub(results: LintResults): string {
  const lines: string[] = [];
  for (const file of results.files) {
    for (const message of file.messages) lines.push(command(file.filePath, message));
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
