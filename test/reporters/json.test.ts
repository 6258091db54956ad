import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/reporters/json.js';
import type { FileResult, LintResults } from '../../src/model/types.js';
import { AWKWARD_MESSAGE, makeResults } from './fixture.js';

type Parsed = {
  summary: Record<string, unknown>;
  files: Array<{
    metadata: Record<string, unknown>;
    messages: Array<Record<string, unknown>>;
    metrics?: Record<string, unknown>;
  } & Record<string, unknown>>;
} & Record<string, unknown>;

function parse(results: LintResults = makeResults()): Parsed {
  return JSON.parse(formatJson(results)) as Parsed;
}

describe('formatJson', () => {
  it('has exactly the documented top-level and summary keys, and no rules', () => {
    const json = parse();
    expect(Object.keys(json)).toEqual(['version', 'now', 'summary', 'files']);
    expect(json['version']).toBe(1);
    expect(json['now']).toBe('2026-03-01');
    expect(Object.keys(json.summary)).toEqual(['files', 'errors', 'warnings', 'infos', 'fatalErrors']);
    expect(json.summary).toEqual({ files: 4, errors: 2, warnings: 3, infos: 1, fatalErrors: 0 });
    expect(json).not.toHaveProperty('rules');
  });

  it('has exactly the documented file, metadata and message keys', () => {
    const [first, awkward, onlyWarning, clean] = parse().files;
    expect(Object.keys(first!)).toEqual(['path', 'metadata', 'messages', 'fatalErrors', 'metrics']);
    expect(Object.keys(awkward!)).toEqual(['path', 'metadata', 'messages', 'fatalErrors']);
    expect(Object.keys(first!.metadata)).toEqual(['title', 'published', 'updated', 'views', 'category', 'locale']);
    expect(Object.keys(awkward!.metadata)).toEqual(['title', 'published', 'updated', 'views', 'category']);
    expect(Object.keys(onlyWarning!.metadata)).toEqual(['title', 'published', 'updated', 'views', 'category']);
    const base = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
    expect(Object.keys(first!.messages[0]!)).toEqual([...base, 'url']);
    expect(Object.keys(first!.messages[1]!)).toEqual([...base, 'suggestion']);
    expect(Object.keys(first!.messages[2]!)).toEqual(base);
    expect(clean!.messages).toEqual([]);
  });

  it('keeps the values, nulls and awkward characters as they are', () => {
    const json = parse();
    const [first, awkward, , clean] = json.files;
    expect(first!.metadata).toEqual({
      title: 'Getting started',
      published: '2024-01-10',
      updated: '2025-06-01',
      views: 1520,
      category: 'Basics',
      locale: 'en',
    });
    expect(awkward!.metadata).toEqual({ title: null, published: null, updated: null, views: null, category: null });
    expect(clean!.metadata['locale']).toBeNull();
    expect(clean!.metadata['views']).toBe(0);
    expect(clean!['path']).toBe('exports/zendesk.json#360001');
    expect(awkward!['path']).toBe('faq/a,b:c%.md');
    expect(awkward!.messages[0]).toEqual({
      ruleId: 'title-required',
      severity: 'error',
      message: AWKWARD_MESSAGE,
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 12,
    });
    expect(first!.messages[1]!['suggestion']).toBe('Use the active voice: "you click"');
    expect(first!.messages[2]!['severity']).toBe('info');
  });

  it('sorts metric names so the output is stable', () => {
    const [first] = parse().files;
    expect(first!.metrics).toEqual({ fleschKincaid: 11.2, words: 812 });
    expect(Object.keys(first!.metrics!)).toEqual(['fleschKincaid', 'words']);
  });

  it('uses a 2-space indent and a trailing newline', () => {
    const out = formatJson(makeResults());
    expect(out.startsWith('{\n  "version": 1,\n  "now": "2026-03-01",\n  "summary": {\n    "files": 4,')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('}\n\n')).toBe(false);
    expect(out).toContain('"title": null');
  });

  it('lets nothing but the documented fields through', () => {
    const results = makeResults();
    const file = results.files[0] as FileResult & { absolutePath?: string };
    file.absolutePath = '/secret/home/docs/getting-started.md';
    (file.metadata as unknown as Record<string, unknown>)['fields'] = { title: {} };
    (file.messages[0] as unknown as Record<string, unknown>)['internalNote'] = true;
    const out = formatJson(results);
    expect(out).not.toContain('/secret/home');
    expect(out).not.toContain('"fields"');
    expect(out).not.toContain('"internalNote"');
    expect(out).not.toContain('"filePath"');
  });
});
