import pc from 'picocolors';
import type { LintResults, Severity, Summary } from '../model/types.js';
import { onlyErrors } from './filter.js';

export interface TextOptions {
  /** Decided by the caller (see `shouldUseColor`); the formatter never looks at the terminal. */
  color: boolean;
  /** Show errors only. The summary still states the real totals. */
  quiet?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

/**
 * Human-readable output in the style of ESLint's "stylish" formatter:
 *
 * ```
 * docs/a.md
 *    3:1   error    Title is missing  kb/title-required
 *   12:10  warning  Passive voice     prose/passive
 *                   → Use the active voice
 *
 * ✖ 2 problems (1 error, 1 warning)
 * ```
 *
 * Files without (shown) messages are left out. Control characters in
 * messages, suggestions, rule ids and paths are shown escaped (`\n`, `\u001b`)
 * so that a message cannot break the layout or send terminal escapes.
 */
export function formatText(results: LintResults, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const quiet = options.quiet === true;
  const shown = quiet ? onlyErrors(results) : results;
  const out: string[] = [];

  for (const file of shown.files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(visible(file.path)));

    const rows = file.messages.map((message) => ({
      line: String(message.line),
      column: String(message.column),
      severity: message.severity,
      text: visible(message.message),
      ruleId: visible(message.ruleId),
      suggestion: message.suggestion === undefined ? undefined : visible(message.suggestion),
    }));
    const width = {
      line: Math.max(...rows.map((row) => row.line.length)),
      column: Math.max(...rows.map((row) => row.column.length)),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      text: Math.max(...rows.map((row) => row.text.length)),
    };

    for (const row of rows) {
      // Line numbers right-aligned and columns left-aligned, so the colons line up.
      const position = `${row.line.padStart(width.line)}:${row.column.padEnd(width.column)}`;
      const severity = paintSeverity(c, row.severity, row.severity.padEnd(width.severity));
      out.push(`  ${c.dim(position)}  ${severity}  ${row.text.padEnd(width.text)}  ${c.dim(row.ruleId)}`);
      // The suggestion goes on its own line, under the message column.
      const indent = ' '.repeat(2 + position.length + 2 + width.severity + 2);
      if (row.suggestion !== undefined) out.push(`${indent}${c.dim(`→ ${row.suggestion}`)}`);
    }
    out.push('');
  }

  out.push(summaryLine(c, results.summary, quiet));
  const fatal = unlintedFiles(results);
  if (fatal > 0) out.push(c.red(c.bold(`✖ ${fatal === 1 ? '1 file' : `${fatal} files`} could not be linted (see read-error and rule-error above)`)));
  return `${out.join('\n')}\n`;
}

/** Files with a fatal message: not (fully) linted, so never clean. */
export function unlintedFiles(results: LintResults): number {
  return results.files.filter((file) => file.messages.some((m) => m.fatal)).length;
}

function paintSeverity(c: Colors, severity: Severity, text: string): string {
  switch (severity) {
    case 'error':
      return c.red(text);
    case 'warning':
      return c.yellow(text);
    case 'info':
      return c.blue(text);
  }
}

function summaryLine(c: Colors, summary: Summary, quiet: boolean): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  if (problems === 0) {
    return c.green(c.bold(`✔ No problems in ${plural(summary.files, 'file')}`));
  }
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
  if (summary.infos > 0) counts.push(plural(summary.infos, 'info'));
  let line = `✖ ${plural(problems, 'problem')} (${counts.join(', ')})`;
  if (quiet) {
    const hidden = [summary.warnings > 0 ? 'warnings' : '', summary.infos > 0 ? 'infos' : ''].filter(Boolean);
    if (hidden.length > 0) line += ` (${hidden.join(' and ')} hidden by --quiet)`;
  }
  const paint = summary.errors > 0 ? c.red : summary.warnings > 0 ? c.yellow : c.blue;
  return paint(c.bold(line));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Escapes C0/C1 control characters (tabs become a space) so one message stays on one line. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    switch (ch) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return ' ';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}
