import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/reporters/text.js';
import { makeCleanResults, makeResults } from './fixture.js';

const ESC = '\u001b';

describe('formatText', () => {
  it('matches the snapshot without colour', () => {
    const out = formatText(makeResults(), { color: false });
    expect(out).not.toContain(ESC);
    expect(out).toMatchSnapshot();
  });

  it('matches the snapshot with colour', () => {
    const out = formatText(makeResults(), { color: true });
    expect(out).toMatchSnapshot();
  });

  it('groups by file and aligns the columns within a file', () => {
    const out = formatText(makeResults(), { color: false });
    expect(out.split('\n').slice(0, 6)).toEqual([
      'docs/getting-started.md',
      '   1:1   error    Last updated 273 days ago (limit 180)  stale-article',
      '  12:15  warning  "was clicked" may be passive           no-passive',
      '                  → Use the active voice: "you click"',
      '   1:1   info     Grade level 11.2                       reading-level',
      '',
    ]);
    // Alignment is per file: the one-message file is not padded to the others' widths.
    expect(out).toContain('guides/only-warning.md\n  4:1  warning  Passive voice  no-passive\n');
  });

  it('omits files without messages and ends with the real totals', () => {
    const out = formatText(makeResults(), { color: false });
    expect(out).not.toContain('zendesk');
    expect(out.endsWith('\n✖ 6 problems (2 errors, 3 warnings, 1 info)\n')).toBe(true);
  });

  it('keeps each message on one line, showing control characters escaped', () => {
    const out = formatText(makeResults(), { color: false });
    expect(out).not.toContain('\r');
    expect(out).toContain('    3:7  error    50% of\\nlines:\\r\\nbad, really  title-required\n');
    expect(out).toContain('  100:2  warning  Injected\\n::error::x           not-a-known-rule\n');
    const results = makeResults();
    results.files[0]!.messages[0]!.message = `bell\u0007 esc${ESC}[31m tab\there`;
    const line = formatText(results, { color: false }).split('\n')[1]!;
    expect(line).toContain('bell\\u0007 esc\\u001b[31m tab here');
  });

  it('colours severities, dims rule ids and suggestions, underlines paths only when asked', () => {
    const out = formatText(makeResults(), { color: true });
    expect(out).toContain(`${ESC}[4mdocs/getting-started.md${ESC}[24m`);
    expect(out).toContain(`${ESC}[31merror  ${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(out).toContain(`${ESC}[34minfo   ${ESC}[39m`);
    expect(out).toContain(`${ESC}[2mstale-article${ESC}[22m`);
    expect(out).toContain(`${ESC}[2m→ Use the active voice: "you click"${ESC}[22m`);
    expect(out).toContain(`${ESC}[31m${ESC}[1m✖ 6 problems`);
    // Stripped of its escapes, the coloured output is the plain output.
    const stripped = out.replace(/\u001b\[\d+m/g, '');
    expect(stripped).toBe(formatText(makeResults(), { color: false }));
  });

  describe('quiet', () => {
    it('shows errors only, drops files left empty, and states the real totals', () => {
      const out = formatText(makeResults(), { color: false, quiet: true });
      expect(out).toBe(
        [
          'docs/getting-started.md',
          '  1:1  error  Last updated 273 days ago (limit 180)  stale-article',
          '',
          'faq/a,b:c%.md',
          '  3:7  error  50% of\\nlines:\\r\\nbad, really  title-required',
          '',
          '✖ 6 problems (2 errors, 3 warnings, 1 info) (warnings and infos hidden by --quiet)',
          '',
        ].join('\n'),
      );
    });

    it('notes hidden warnings alone when there are no infos', () => {
      const results = makeResults();
      results.summary = { files: 4, errors: 2, warnings: 3, infos: 0 };
      const out = formatText(results, { color: false, quiet: true });
      expect(out.endsWith('✖ 5 problems (2 errors, 3 warnings) (warnings hidden by --quiet)\n')).toBe(true);
    });

    it('adds no note when nothing was hidden', () => {
      const results = makeResults();
      results.files = results.files.map((file) => ({
        ...file,
        messages: file.messages.filter((message) => message.severity === 'error'),
      }));
      results.summary = { files: 4, errors: 2, warnings: 0, infos: 0 };
      const out = formatText(results, { color: false, quiet: true });
      expect(out.endsWith('\n✖ 2 problems (2 errors, 0 warnings)\n')).toBe(true);
      expect(out).toBe(formatText(results, { color: false }));
    });

    it('prints only the summary when only warnings exist', () => {
      const results = makeResults();
      results.files = [results.files[2]!];
      results.summary = { files: 1, errors: 0, warnings: 1, infos: 0 };
      expect(formatText(results, { color: false, quiet: true })).toBe(
        '✖ 1 problem (0 errors, 1 warning) (warnings hidden by --quiet)\n',
      );
    });
  });

  describe('summary wording', () => {
    it('says there are no problems, with the file count', () => {
      expect(formatText(makeCleanResults(20), { color: false })).toBe('✔ No problems in 20 files\n');
      expect(formatText(makeCleanResults(1), { color: false })).toBe('✔ No problems in 1 file\n');
      expect(formatText(makeCleanResults(0), { color: false, quiet: true })).toBe('✔ No problems in 0 files\n');
      expect(formatText(makeCleanResults(20), { color: true })).toBe(
        `${ESC}[32m${ESC}[1m✔ No problems in 20 files${ESC}[22m${ESC}[39m\n`,
      );
    });

    it('uses the singular for one of each and leaves out infos when there are none', () => {
      const results = makeResults();
      results.files = [];
      results.summary = { files: 2, errors: 1, warnings: 1, infos: 0 };
      expect(formatText(results, { color: false })).toBe('✖ 2 problems (1 error, 1 warning)\n');
      results.summary = { files: 2, errors: 0, warnings: 0, infos: 2 };
      expect(formatText(results, { color: false })).toBe('✖ 2 problems (0 errors, 0 warnings, 2 infos)\n');
      expect(formatText(results, { color: true })).toBe(
        `${ESC}[34m${ESC}[1m✖ 2 problems (0 errors, 0 warnings, 2 infos)${ESC}[22m${ESC}[39m\n`,
      );
    });
  });

  it('does not modify its input', () => {
    const results = makeResults();
    formatText(results, { color: true, quiet: true });
    expect(results).toEqual(makeResults());
  });
});
