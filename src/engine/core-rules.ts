// What kblint itself reports besides rule findings, described like rules so
// that SARIF (and `kblint merge`) can name every id a run may produce.
import type { RuleDescription } from '../model/types.js';
import { CORE_DOCS, SOURCE_FORMAT_ID } from '../sources/common.js';

export const CORE_RULES: readonly RuleDescription[] = [
  {
    id: 'read-error',
    description: 'The file could not be read as an article (unreadable, binary, not UTF-8, too large, an unknown format, too deeply nested, or too slow to parse).',
    defaultSeverity: 'error',
    url: CORE_DOCS,
  },
  {
    id: 'inline-config',
    description: 'A kblint-disable comment names a rule that does not exist.',
    defaultSeverity: 'warning',
    url: CORE_DOCS,
  },
  {
    id: 'rule-error',
    description: 'A rule failed on this file; that is a kblint bug, and the other rules and files were still checked.',
    defaultSeverity: 'error',
    url: CORE_DOCS,
  },
  {
    id: SOURCE_FORMAT_ID,
    description: 'The file was read, but part of its format is off (a listing count that does not match, an entry without dates, an HTML selector that matched nothing).',
    defaultSeverity: 'warning',
    url: CORE_DOCS,
  },
];
