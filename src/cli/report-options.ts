// The options of the commands that print reports (lint, merge) and baseline's:
// cheap to load, so the parser is built without the engine.
import type { Argv } from 'yargs';
import { DEFAULT_ANNOTATIONS_PER_SEVERITY, FORMAT_NAMES } from '../reporters/index.js';

export function reportOptions<T>(y: Argv<T>) {
  return y
    .option('format', {
      alias: 'f',
      type: 'string',
      array: false,
      default: ['text'],
      coerce: (value: string | string[]) => (Array.isArray(value) ? value : [value]),
      describe: `Output format, NAME or NAME:FILE; repeat for several reports in one run (${FORMAT_NAMES.join(', ')})`,
    })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report of a --format without :FILE to FILE instead of stdout' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('annotations', { type: 'number', default: DEFAULT_ANNOTATIONS_PER_SEVERITY, describe: 'github format: at most this many annotations per severity (GitHub shows 10), then one notice counting the rest; 0: no limit' });
}

export function lintOptions<T>(y: Argv<T>) {
  return reportOptions(y)
    .option('baseline', { type: 'string', describe: 'Known findings to report as suppressed (default: .kblint/baseline.json beside the config, when it exists; --no-baseline: none)' })
    .option('show-suppressed', { type: 'boolean', default: false, describe: 'Also list the findings the baseline suppresses (text format)' });
}

export function baselineOptions<T>(y: Argv<T>) {
  return y.option('output', { alias: 'o', type: 'string', describe: 'Write the baseline here (default: .kblint/baseline.json beside the config file)' });
}

export function mergeOptions<T>(y: Argv<T>) {
  return lintOptions(y.positional('reports', { describe: 'JSON reports of kblint --shard K/N runs (every shard of one run)', type: 'string', array: true, demandOption: true })).option('config', {
    alias: 'c',
    type: 'string',
    describe: "Use this config file (default: the shards' --config, else found as lint finds it)",
  });
}

export function reviewOptions<T>(y: Argv<T>) {
  return y
    .positional('files', { describe: 'Markdown articles that were reviewed', type: 'string', array: true, demandOption: true })
    .option('date', { type: 'string', describe: 'The review date, YYYY-MM-DD (default: today in UTC)' })
    .option('field', { type: 'string', describe: 'The frontmatter key to set (default: freshness.reviewField, else the updated key the article uses, else "updated")' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' });
}
