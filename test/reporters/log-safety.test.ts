import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintResults, Severity } from '../../src/model/types.js';
import { formatResults, FORMAT_NAMES } from '../../src/reporters/index.js';
import { commandLines, neutralizeLogText, runnerActsOn } from '../../src/reporters/log-safety.js';
import { fuzzRuns } from '../support/fuzz.js';

/** Text built from the pieces that matter to the runner's parsers, plus anything at all. */
const hostile = fc.oneof(
  fc
    .array(fc.constantFrom('::', '##[', '##vso[', '##VSO[', 'vso', '#', '[', ']', ':', '\n', '\r', '\r\n', ' ', '\t', '\u00a0', '\u2028', '\u0085', '\ufeff', '%', ',', '=', 'error', 'set-output', 'stop-commands', 'x', '\\', '"', '\u001b'), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const severity = fc.constantFrom<Severity>('error', 'warning', 'info');

const results: fc.Arbitrary<LintResults> = fc
  .array(
    fc.record({
      path: hostile,
      messages: fc.array(fc.record({ ruleId: hostile, severity, message: hostile, suggestion: fc.option(hostile, { nil: undefined }) }), { maxLength: 3 }),
      title: fc.option(hostile, { nil: null }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((files) => ({
    version: 1 as const,
    now: '2026-06-01',
    files: files.map((file) => ({
      path: file.path,
      filePath: file.path,
      metadata: { title: file.title, published: null, updated: null, views: null, category: file.title },
      messages: file.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        ...(m.suggestion === undefined ? {} : { suggestion: m.suggestion }),
      })),
    })),
    summary: { files: files.length, errors: 0, warnings: 0, infos: 0 },
    rules: [],
  }));

describe('neutralizeLogText', () => {
  it('rewrites a line the runner would read as a command, and leaves other text alone', () => {
    expect(neutralizeLogText('::error title=PWN::x.md')).toBe('\\u003a:error title=PWN::x.md');
    expect(neutralizeLogText('   ::set-output name=a::b')).toBe('   \\u003a:set-output name=a::b');
    expect(neutralizeLogText('see ##[stop-commands]tok')).toBe('see ##\\u005bstop-commands]tok');
    expect(neutralizeLogText('a::b\nplain # text [1]\n')).toBe('a::b\nplain # text [1]\n');
  });

  it('rewrites Azure Pipelines logging commands (##vso[, any case) wherever they are in a line', () => {
    expect(neutralizeLogText('see ##vso[task.setvariable variable=deploy]yes')).toBe('see ##vso\\u005btask.setvariable variable=deploy]yes');
    expect(neutralizeLogText('##VSO[task.complete result=Succeeded;]')).toBe('##VSO\\u005btask.complete result=Succeeded;]');
    expect(runnerActsOn('x ##Vso[task.logissue type=error]y')).toBe(true);
    expect(commandLines(neutralizeLogText('a ##vso[x]\n##vSo[y]'))).toEqual([]);
    expect(JSON.parse(neutralizeLogText(JSON.stringify({ m: '##vso[task.setvariable]' })))).toEqual({ m: '##vso[task.setvariable]' });
  });

  it('treats every line break the runner knows as one (CR, LF, CRLF)', () => {
    expect(commandLines(neutralizeLogText('ok\r::warning::x\r\n::error::y\n::debug::z'))).toEqual([]);
  });

  it('keeps annotation lines of a github report, but not a forged one in echoed text', () => {
    const report = '::error file=a.md,line=1::Broken ##[set-output name=x;]y (rule)\n:: not one\n';
    const safe = neutralizeLogText(report, { workflowCommands: true });
    expect(safe).toBe('::error file=a.md,line=1::Broken ##\\u005bset-output name=x;]y (rule)\n\\u003a: not one\n');
  });

  it('is lossless inside JSON strings', () => {
    const data = { path: '::error title=PWN::x.md', message: '##[stop-commands]tok ##[x' };
    const text = JSON.stringify(data, null, 2);
    expect(JSON.parse(neutralizeLogText(text))).toEqual(data);
  });

  it('never leaves a line the runner acts on, for any text (model of both parsers)', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expect(commandLines(neutralizeLogText(`${a}\n${b}`))).toEqual([]);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe('every format, through the CI-log filter', () => {
  for (const format of FORMAT_NAMES) {
    it(`${format}: untrusted text in paths, messages, rule ids and titles never becomes a runner command`, () => {
      fc.assert(
        fc.property(results, (run) => {
          const report = formatResults(format, run, { color: false, toolVersion: '0.0.0' });
          const safe = neutralizeLogText(report, { workflowCommands: format === 'github' });
          const acted = commandLines(safe);
          if (format !== 'github') {
            expect(acted).toEqual([]);
            if (format === 'json' || format === 'sarif') expect(JSON.parse(safe)).toEqual(JSON.parse(report));
            return;
          }
          // github: exactly one annotation per message, each one well formed and nothing else.
          const expected = run.files.reduce((n, f) => n + f.messages.length, 0);
          expect(acted).toHaveLength(expected);
          for (const line of acted) {
            expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
            expect(line.includes('##[')).toBe(false);
          }
        }),
        { numRuns: fuzzRuns(200) },
      );
    });
  }
});

describe('runnerActsOn (the model itself)', () => {
  it('matches the runner: `::` first after whitespace, `##[` anywhere', () => {
    expect(runnerActsOn('  ::debug::x')).toBe(true);
    expect(runnerActsOn('text ##[group]x')).toBe(true);
    expect(runnerActsOn('a ::debug::x')).toBe(false);
    expect(runnerActsOn('## [x]')).toBe(false);
  });
});
