// The audit and history commands' options: cheap to load, so the CLI builds its
// parser without loading the audit (vega, SQLite) until the command runs.
import type { Argv } from 'yargs';
import { commonOptions, type CommonArgs } from './options.js';

/** Where audits are stored unless --history says otherwise. */
export const DEFAULT_HISTORY_PATH = '.kblint/history.db';

export interface AuditArgs extends CommonArgs {
  out?: string;
  /** A path, or false for --no-history. */
  history: string | false;
  repoUrl?: string;
  failOn: 'none' | 'warning' | 'error';
}

export function auditOptions<T>(y: Argv<T>) {
  return commonOptions(y)
    .option('out', { type: 'string', describe: 'Folder to write index.html, audit.json, articles.csv and summary.md into (required)' })
    .option('history', {
      type: 'string',
      default: DEFAULT_HISTORY_PATH,
      describe: 'SQLite file of past audits to compare with and add this one to (--no-history: neither)',
    })
    .option('repo-url', { type: 'string', describe: 'Link articles to REPO_URL/<path from the current folder> (e.g. https://github.com/org/help/blob/main) instead of relative file links' })
    .option('fail-on', { choices: ['none', 'warning', 'error'] as const, default: 'none' as const, describe: 'Exit 1 when the audit finds errors (or warnings); by default an audit exits 0 once written' });
}

export interface HistoryArgs {
  history: string;
  format: 'text' | 'json';
}

export function historyOptions<T>(y: Argv<T>) {
  return y
    .option('history', { type: 'string', default: DEFAULT_HISTORY_PATH, describe: 'The SQLite file of past audits' })
    .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' });
}
