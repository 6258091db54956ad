// CI-log safety: the one filter every line kblint prints goes through (the
// CLI's stdout/stderr writer, and report files). The GitHub Actions runner
// acts on a line that starts with `::` once leading whitespace is trimmed,
// and on a legacy `##[command]` anywhere in a line; article text, URLs, file
// names and config values reach our output, so neither may survive in them.
// Azure Pipelines likewise acts on `##vso[command]` anywhere in a line (its
// parser ignores case), so that is neutralised the same way.
//
// Both are rewritten with a `\uXXXX` escape: inside a JSON or SARIF string
// that escape decodes back to the very same character (lossless), and in the
// text format it matches how control characters are already shown.

/** Where a line ends for the runner (.NET's ReadLine: CR, LF or both; not U+2028). */
const LINE_BREAK = /(\r\n|\r|\n)/;

/** GitHub's legacy `##[` and Azure Pipelines' `##vso[`, wherever they are in a line. */
const HASH_COMMAND = /##(vso)?\[/giu;

/** What `github` reports print: `::error file=…,title=…::data`, properties escaped so no `:` is left in them. */
const ANNOTATION = /^::(error|warning|notice)( [^:\r\n]*)?::/;

export interface LogSafetyOptions {
  /**
   * Keep well-formed annotation commands at the start of a line (the `github`
   * format builds them, escaping every value as the toolkit does).
   */
  workflowCommands?: boolean;
}

/** `text` with every runner command neutralised, line by line; nothing else changes. */
export function neutralizeLogText(text: string, options: LogSafetyOptions = {}): string {
  if (!text.includes('::') && !text.includes('##')) return text;
  const parts = text.split(LINE_BREAK);
  // split with a capturing group: even indexes are lines, odd ones the breaks between them.
  for (let index = 0; index < parts.length; index += 2) parts[index] = neutralizeLine(parts[index]!, options);
  return parts.join('');
}

function neutralizeLine(line: string, options: LogSafetyOptions): string {
  let safe = line.replace(HASH_COMMAND, (_match, vso: string | undefined) => `##${vso ?? ''}\\u005b`);
  const start = safe.length - safe.trimStart().length;
  if (safe.startsWith('::', start) && !(options.workflowCommands === true && start === 0 && ANNOTATION.test(safe))) {
    safe = `${safe.slice(0, start)}\\u003a${safe.slice(start + 1)}`;
  }
  return safe;
}

/** The runners' parsers (GitHub's two, Azure's one), as a model for tests and self-checks: would one act on this line? */
export function runnerActsOn(line: string): boolean {
  return line.trimStart().startsWith('::') || line.includes('##[') || /##vso\[/iu.test(line);
}

/** Every line of `text` the runner would act on. */
export function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter(runnerActsOn);
}
