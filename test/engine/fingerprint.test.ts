import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { fingerprintMessages, normalizeMessage } from '../../src/engine/fingerprint.js';
import type { LintMessage, LintResults } from '../../src/model/types.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const article = (intro: string) =>
  `---\ntitle: Fees\nupdated: 2024-01-05\n---\n\n${intro}# Fees\n\n#### Too deep\n\n[x][unused-a]\n\n[unused-b]: https://example.com/b\n[unused-c]: https://example.com/c\n`;

const prints = (results: LintResults) =>
  Object.fromEntries(results.files.flatMap((f) => f.messages.map((m) => [`${m.ruleId} ${m.message.replace(/\d+ days ago/, '')}`, m.fingerprint])));

const message = (text: string, ruleId = 'stale-article'): LintMessage => ({ ruleId, severity: 'error', message: text, line: 1, column: 1, endLine: 1, endColumn: 1 });

describe('fingerprints', () => {
  it('normalise the counts that move with the date', () => {
    expect(normalizeMessage('Last updated on 2024-01-05, 400 days ago: more than the 365 days allowed')).toBe(
      'Last updated on 2024-01-05, N days ago: more than the 365 days allowed',
    );
    expect(normalizeMessage('expires in 3 days')).toBe('expires in N days');
    // Error codes, limits and quoted text are the finding itself.
    expect(normalizeMessage('error 50110 has no fix')).not.toBe(normalizeMessage('error 50111 has no fix'));
  });

  it('tell identical findings in one article apart by occurrence', () => {
    const [a, b, c] = fingerprintMessages('faq/a.md', [message('same'), message('same'), message('other')]);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(fingerprintMessages('faq/a.md', [message('same')])[0]).toBe(a);
    expect(fingerprintMessages('faq/b.md', [message('same')])[0]).not.toBe(a);
    expect(fingerprintMessages('faq/a.md', [message('same', 'other-rule')])[0]).not.toBe(a);
  });

  it('survive line shifts, edits elsewhere, another day and another working folder', async () => {
    project = tmpProject({ 'docs/fees.md': article(''), 'kblint.config.json': '{}' });
    const before = await lint({ patterns: ['docs'], cwd: project.dir, now: '2026-06-01', jobs: 0 });
    const first = prints(before);
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(first).every((p) => typeof p === 'string' && /^[0-9a-f]{32}$/.test(p))).toBe(true);

    project.write('docs/fees.md', article('Intro paragraph added above.\n\nAnd another one.\n\n'));
    const after = await lint({ patterns: ['fees.md'], cwd: path.join(project.dir, 'docs'), now: '2026-07-15', jobs: 0 });
    expect(prints(after)).toEqual(first);
  });
});
