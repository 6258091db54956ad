import { describe, expect, it } from 'vitest';
import {
  FORMAT_NAMES,
  formatGithub,
  formatJson,
  formatResults,
  formatSarif,
  formatText,
  isFormatName,
  onlyErrors,
} from '../../src/reporters/index.js';
import { makeResults } from './fixture.js';

const options = { color: false, toolVersion: '1.2.3' };

describe('formatResults', () => {
  it('knows the four formats', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'github', 'sarif']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('markdown')).toBe(false);
    expect(isFormatName('toString')).toBe(false);
  });

  it('dispatches to each formatter', () => {
    const results = makeResults();
    expect(formatResults('text', results, options)).toBe(formatText(results, { color: false }));
    expect(formatResults('text', results, { ...options, color: true })).toBe(formatText(results, { color: true }));
    expect(formatResults('json', results, options)).toBe(formatJson(results));
    expect(formatResults('github', results, options)).toBe(formatGithub(results));
    expect(formatResults('sarif', results, options)).toBe(formatSarif(results, { toolVersion: '1.2.3' }));
    expect(formatResults('sarif', results, { ...options, informationUri: 'https://example.com/' })).toBe(
      formatSarif(results, { toolVersion: '1.2.3', informationUri: 'https://example.com/' }),
    );
  });

  it('throws on an unknown format', () => {
    expect(() => formatResults('markdown' as never, makeResults(), options)).toThrow(/Unknown format: markdown/);
  });

  describe('quiet', () => {
    const quiet = { ...options, quiet: true };

    it('keeps only errors in json, with the real totals in the summary', () => {
      const json = JSON.parse(formatResults('json', makeResults(), quiet));
      expect(json.files.map((file: { messages: Array<{ severity: string }> }) => file.messages.map((m) => m.severity))).toEqual([
        ['error'],
        ['error'],
        [],
        [],
      ]);
      expect(json.summary).toEqual({ fatalErrors: 0, files: 4, errors: 2, warnings: 3, infos: 1 });
    });

    it('keeps only errors in github and sarif', () => {
      const github = formatResults('github', makeResults(), quiet);
      expect(github.split('\n').filter(Boolean).map((line) => line.split(' ')[0])).toEqual(['::error', '::error']);
      const sarif = JSON.parse(formatResults('sarif', makeResults(), quiet));
      expect(sarif.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error', 'error']);
      expect(sarif.runs[0].tool.driver.rules).toHaveLength(5);
    });

    it('hides non-errors in text and says so', () => {
      const text = formatResults('text', makeResults(), quiet);
      expect(text).toBe(formatText(makeResults(), { color: false, quiet: true }));
      expect(text).toContain('hidden by --quiet');
      expect(text).not.toContain('warning  ');
    });
  });
});

describe('onlyErrors', () => {
  it('keeps errors and every file, leaves the summary and the input alone', () => {
    const results = makeResults();
    const filtered = onlyErrors(results);
    expect(filtered.files.map((file) => file.messages.length)).toEqual([1, 1, 0, 0]);
    expect(filtered.files.map((file) => file.path)).toEqual(results.files.map((file) => file.path));
    expect(filtered.summary).toEqual(results.summary);
    expect(filtered.rules).toEqual(results.rules);
    expect(results).toEqual(makeResults());
  });
});
