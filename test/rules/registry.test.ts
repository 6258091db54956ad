// Walks the rule registry: every rule needs docs with runnable examples and
// fixtures of both what it flags and what it must not flag, and every fixture's
// inline expectations must match what kblint reports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules, ruleDocsFolder } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { readExpectations, sortedKeys } from '../support/expectations.js';
import { runDocExamples } from '../support/doc-examples.js';

const root = path.resolve(import.meta.dirname, '../..');
const folders = [...new Set(builtInRules.map((rule) => ruleDocsFolder(rule.meta.id)))];
const idsIn = (folder: string) => new Set(builtInRules.filter((r) => ruleDocsFolder(r.meta.id) === folder).map((r) => r.meta.id));

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.endsWith('.expect') && !d.name.endsWith('.before') && !d.name.startsWith('kblint.config') && d.name !== 'README.md')
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

describe.each(folders)('rule folder %s', (folder) => {
  const docs = path.join(root, 'rules', folder, 'README.md');
  const fixtures = path.join(root, 'fixtures', 'rules', folder);
  const ids = idsIn(folder);

  it('has docs with why, options and runnable failing and passing examples', async () => {
    expect(existsSync(docs), `${docs} is missing`).toBe(true);
    const text = readFileSync(docs, 'utf8');
    expect(text).toMatch(/^## Why/m);
    expect(text).toMatch(/^## Options/m);
    const outcome = await runDocExamples(text, ids);
    expect(outcome.invalid.length, 'docs need a failing example').toBeGreaterThan(0);
    expect(outcome.valid.length, 'docs need a passing example').toBeGreaterThan(0);
    for (const example of outcome.invalid) expect(example.findings, `failing example:\n${example.source}`).not.toEqual([]);
    for (const example of outcome.valid) expect(example.findings, `passing example:\n${example.source}`).toEqual([]);
  });

  it('has fixtures of what it flags and of what it must not flag', () => {
    expect(existsSync(fixtures), `${fixtures} is missing`).toBe(true);
    const files = fixtureFiles(fixtures);
    const marked = files.filter((f) => readExpectations(f).some((e) => ids.has(e.ruleId)));
    expect(marked.length, 'no fixture marks an expected finding').toBeGreaterThan(0);
    expect(files.length - marked.length, 'no fixture of cases that must not be flagged').toBeGreaterThan(0);
  });

  it('reports exactly what the fixtures mark', async () => {
    const files = fixtureFiles(fixtures);
    // A `<file>.before` sidecar is the file's text at the merge base: the run is in changed-files mode.
    const previous = Object.fromEntries(files.filter((f) => existsSync(`${f}.before`)).map((f) => [f, readFileSync(`${f}.before`, 'utf8')]));
    const flags = Object.keys(previous).length === 0 ? {} : { flags: { changedSince: { ref: 'main', previous } } };
    const results = await lint({ patterns: [path.relative(root, fixtures)], cwd: root, ...flags });
    for (const file of files) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      const actual = results.files
        .filter((f) => f.filePath === relative)
        .flatMap((f) => f.messages.filter((m) => ids.has(m.ruleId)).map((m) => ({ ruleId: m.ruleId, line: m.line })));
      const wanted = readExpectations(file).filter((e) => ids.has(e.ruleId));
      expect(sortedKeys(actual), relative).toEqual(sortedKeys(wanted));
    }
  });
});

describe('the sample help center', () => {
  // One lint, read by both tests (neither changes it); started by whichever runs first.
  let linted: ReturnType<typeof lint> | undefined;
  const helpCenter = () => (linted ??= lint({ patterns: ['fixtures/help-center'], cwd: root }));

  it('reports exactly what its articles mark, for every rule', async () => {
    const dir = path.join(root, 'fixtures', 'help-center');
    const results = await helpCenter();
    for (const file of fixtureFiles(dir)) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      const actual = results.files
        .filter((f) => f.filePath === relative)
        .flatMap((f) => f.messages.map((m) => ({ ruleId: m.ruleId, line: m.line })));
      expect(sortedKeys(actual), relative).toEqual(sortedKeys(readExpectations(file)));
    }
  });

  it('has clean articles and findings from every rule', async () => {
    const results = await helpCenter();
    const clean = results.files.filter((f) => f.messages.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(6);
    const fired = new Set(results.files.flatMap((f) => f.messages.map((m) => m.ruleId)));
    // updated-not-bumped compares an article with its last commit: it only acts with --changed-since.
    for (const rule of builtInRules.filter((r) => r.meta.id !== 'updated-not-bumped')) {
      if (rule.meta.defaultSeverity !== 'off') expect(fired, rule.meta.id).toContain(rule.meta.id);
    }
  });
});
