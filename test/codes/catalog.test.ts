// The error-code catalog: YAML, JSON and CSV, validated entry by entry, with
// errors that name the file and the entry.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { loadCatalog, lookupCode, parseCatalog } from '../../src/codes/catalog.js';
import { lint } from '../../src/engine/lint.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const failure = (content: string, file: string) => {
  try {
    parseCatalog(content, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('catalog formats', () => {
  it('reads a YAML mapping, keeping codes as written (hex, leading zeros)', () => {
    const catalog = parseCatalog(
      ['"50110":', '  message: IP not allowed', '  resolution: Add the IP.', '  docs: https://example.com/50110', '0x8004010F: Address book damaged', '"007": { message: Licence to fail }'].join('\n'),
      'codes.yaml',
    );
    expect([...catalog.entries.values()].map((e) => e.code)).toEqual(['50110', '0x8004010F', '007']);
    expect(lookupCode(catalog, '0x8004010f')?.message).toBe('Address book damaged');
    expect(lookupCode(catalog, '50110')).toEqual({ code: '50110', message: 'IP not allowed', resolution: 'Add the IP.', docs: 'https://example.com/50110' });
  });

  it('reads a YAML list with code fields and unquoted numbers, and a codes: wrapper', () => {
    const catalog = parseCatalog('codes:\n  - code: 50001\n    message: Busy\n    deprecated: true\n    replacedBy: 50026\n  - code: 50026\n    message: System busy\n', 'codes.yml');
    expect(lookupCode(catalog, '50001')).toEqual({ code: '50001', message: 'Busy', deprecated: true, replacedBy: '50026' });
  });

  it('reads JSON', () => {
    const catalog = parseCatalog(JSON.stringify({ '51008': { message: 'Insufficient balance', resolution: 'Lower the amount.' } }), 'codes.json');
    expect(lookupCode(catalog, '51008')?.resolution).toBe('Lower the amount.');
  });

  it('reads CSV with a header row, empty cells meaning absent', () => {
    const csv = 'code,message,resolution,docs,deprecated,replacedBy\n50110,IP not allowed,Add the IP.,,,\n50001,"Busy, try later",,,yes,50110\n';
    const catalog = parseCatalog(csv, 'codes.csv');
    expect(lookupCode(catalog, '50110')).toEqual({ code: '50110', message: 'IP not allowed', resolution: 'Add the IP.' });
    expect(lookupCode(catalog, '50001')).toEqual({ code: '50001', message: 'Busy, try later', deprecated: true, replacedBy: '50110' });
  });
});

describe('malformed catalogs name the file and the entry', () => {
  it.each([
    ['a missing message', '"50110":\n  resolution: Add it.\n', 'codes.yaml', /codes\.yaml: entry "50110": message: /],
    ['an unknown key', '"50110":\n  message: x\n  severity: high\n', 'codes.yaml', /codes\.yaml: entry "50110": unknown key "severity"/],
    ['an empty message', '{"50110": {"message": "  "}}', 'codes.json', /codes\.json: entry "50110": message: must not be empty/],
    ['a duplicate code', '- code: 50110\n  message: a\n- code: "50110"\n  message: b\n', 'codes.yaml', /entry 2 \("50110"\): the code "50110" is listed twice/],
    ['a bad deprecated flag', 'code,message,deprecated\n50110,x,maybe\n', 'codes.csv', /codes\.csv: line 2 \("50110"\): deprecated: expected true or false/],
    ['a CSV row without a code', 'code,message\n,x\n', 'codes.csv', /codes\.csv: line 2: code: /],
    ['a replacement not in the catalog', '"50001":\n  message: x\n  deprecated: true\n  replacedBy: "59999"\n', 'codes.yaml', /entry "50001": replacedBy "59999" is not in the catalog/],
    ['invalid YAML', '"50110":\n  message: [unclosed\n', 'codes.yaml', /codes\.yaml: line \d+: invalid YAML/],
    ['invalid JSON', '{ "50110": ', 'codes.json', /codes\.json: invalid JSON/],
    ['not a mapping or list', '42\n', 'codes.yaml', /expected a mapping of code → entry/],
    ['an unknown format', 'x', 'codes.txt', /unknown format "\.txt"/],
  ])('rejects %s', (_name, content, file, message) => {
    expect(failure(content, file)).toMatch(message);
  });

  it('says when the file cannot be read', async () => {
    expect(() => loadCatalog('missing.yaml', '/nonexistent')).toThrow(/errorCodes\.catalog: cannot read missing\.yaml: ENOENT/);
  });

  it('stops the run before any article is read', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ errorCodes: { catalog: 'codes/errors.yaml' } }),
      'codes/errors.yaml': '"50110":\n  mesage: typo\n',
      'a.md': '# A\n\nError 50110 means nothing.\n',
    });
    await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/codes\/errors\.yaml: entry "50110": unknown key "mesage"/);
  });

  it('resolves the catalog path from the config file folder, not the cwd', async () => {
    project = tmpProject({
      'site/kblint.config.json': JSON.stringify({ now: '2026-06-01', errorCodes: { catalog: 'errors.yaml' } }),
      'site/errors.yaml': '"50110": IP not allowed\n',
      'site/a.md': '# A\n\nThe call fails with error 59999. Retry.\n',
    });
    const results = await lint({ patterns: ['site'], cwd: project.dir });
    const ids = results.files.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids).toContain('unknown-error-code');
    expect(path.isAbsolute(project.dir)).toBe(true);
  });

  it('rejects an invalid errorCodes.pattern in the config', async () => {
    project = tmpProject({ 'kblint.config.json': JSON.stringify({ errorCodes: { pattern: '(\\d{5}' } }), 'a.md': '# A\n' });
    await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/errorCodes\.pattern: expected a valid regular expression/);
  });
});
