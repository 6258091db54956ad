import type { LintResults } from '../../src/model/types.js';

/** The path (and filePath) with every character GitHub and URIs care about. */
export const AWKWARD_PATH = 'faq/a,b:c%.md';
/** A message with every character workflow commands escape. */
export const AWKWARD_MESSAGE = '50% of\nlines:\r\nbad, really';

/** A hand-made run: errors, warnings, an info, a suggestion, awkward characters, a clean file. */
export function makeResults(): LintResults {
  return {
    version: 1,
    now: '2026-03-01',
    files: [
      {
        path: 'docs/getting-started.md',
        filePath: 'docs/getting-started.md',
        metadata: {
          title: 'Getting started',
          published: '2024-01-10',
          updated: '2025-06-01',
          views: 1520,
          category: 'Basics',
          locale: 'en',
        },
        messages: [
          {
            ruleId: 'stale-article',
            severity: 'error',
            message: 'Last updated 273 days ago (limit 180)',
            line: 1,
            column: 1,
            endLine: 5,
            endColumn: 4,
            url: 'https://github.com/kblint/kblint/blob/main/rules/stale-article/README.md',
          },
          {
            ruleId: 'no-passive',
            severity: 'warning',
            message: '"was clicked" may be passive',
            line: 12,
            column: 15,
            endLine: 12,
            endColumn: 26,
            suggestion: 'Use the active voice: "you click"',
          },
          {
            ruleId: 'reading-level',
            severity: 'info',
            message: 'Grade level 11.2',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        ],
        metrics: { words: 812, fleschKincaid: 11.2 },
      },
      {
        path: AWKWARD_PATH,
        filePath: AWKWARD_PATH,
        metadata: { title: null, published: null, updated: null, views: null, category: null },
        messages: [
          {
            ruleId: 'title-required',
            severity: 'error',
            message: AWKWARD_MESSAGE,
            line: 3,
            column: 7,
            endLine: 3,
            endColumn: 12,
          },
          {
            ruleId: 'not-a-known-rule',
            severity: 'warning',
            message: 'Injected\n::error::x',
            line: 100,
            column: 2,
            endLine: 101,
            endColumn: 1,
          },
        ],
      },
      {
        path: 'guides/only-warning.md',
        filePath: 'guides/only-warning.md',
        metadata: { title: 'Only a warning', published: '2025-01-01', updated: null, views: 3, category: 'Guides' },
        messages: [
          {
            ruleId: 'no-passive',
            severity: 'warning',
            message: 'Passive voice',
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 9,
          },
        ],
      },
      {
        path: 'exports/zendesk.json#360001',
        filePath: 'exports/zendesk.json',
        metadata: { title: 'Clean', published: '2025-02-02', updated: '2026-02-01', views: 0, category: null, locale: null },
        messages: [],
      },
    ],
    summary: { files: 4, errors: 2, warnings: 3, infos: 1 },
    rules: [
      {
        id: 'stale-article',
        description: 'Articles must be updated within the configured age',
        defaultSeverity: 'error',
        url: 'https://github.com/kblint/kblint/blob/main/rules/stale-article/README.md',
      },
      {
        id: 'no-passive',
        description: 'Prefer the active voice',
        defaultSeverity: 'warning',
        url: 'https://github.com/kblint/kblint/blob/main/rules/no-passive/README.md',
      },
      {
        id: 'reading-level',
        description: 'Reports the reading grade level',
        defaultSeverity: 'info',
        url: 'https://github.com/kblint/kblint/blob/main/rules/reading-level/README.md',
      },
      {
        id: 'title-required',
        description: 'Every article needs a title',
        defaultSeverity: 'error',
        url: 'https://github.com/kblint/kblint/blob/main/rules/title-required/README.md',
      },
      {
        id: 'broken-links',
        description: 'Links must resolve',
        defaultSeverity: 'off',
        url: 'https://github.com/kblint/kblint/blob/main/rules/broken-links/README.md',
      },
    ],
  };
}

/** A clean run over `files` files. */
export function makeCleanResults(files: number): LintResults {
  const results = makeResults();
  return {
    ...results,
    files: results.files.map((file) => ({ ...file, messages: [] })),
    summary: { files, errors: 0, warnings: 0, infos: 0 },
  };
}
