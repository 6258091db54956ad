// SARIF as GitHub code scanning takes it: Microsoft's validator with GitHub's
// ingestion rules, every id described, partial fingerprints, URIs from the
// repository root, and the 25,000-result limit.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSarif, FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { CORE_RULES } from '../../src/engine/core-rules.js';
import type { LintResults } from '../../src/model/types.js';
import { REPO_ROOT, runKblint as kblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';
import { makeResults } from './fixture.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const multitool = path.join(REPO_ROOT, 'node_modules/.bin/sarif-multitool');

/** Runs `sarif-multitool validate` with the SARIF and GitHub rule kinds; returns its results. */
function validate(file: string): Array<{ ruleId: string; level?: string; message: { text: string } }> {
  const out = `${file}.validation.sarif`;
  // The npm shim runs through a shell: the `;` list must arrive quoted.
  execFileSync(multitool, ['validate', '--rule-kind', '"Sarif;Gh"', file, '-o', out, '--log', 'ForceOverwrite'], { stdio: 'pipe', timeout: 120_000 });
  return JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? [];
}

describe('SARIF for GitHub code scanning', { timeout: 240_000 }, () => {
  it('passes sarif-multitool validate with GitHub rules, from a subfolder of a git repository', async () => {
    project = tmpProject({
      'docs/kblint.config.json': '{ "now": "2026-06-01" }',
      'docs/faq/old.md': '---\ntitle: Old\nupdated: 2024-01-01\n---\n\n# Old\n\n#### Deep\n\nSee [gone](missing.md).\n',
      'docs/bad.txt': 'not an article',
    });
    execFileSync('git', ['init', '-q'], { cwd: project.dir });
    const { code } = await kblint(['.', 'bad.txt', '-f', 'sarif:../out.sarif'], { cwd: path.join(project.dir, 'docs') });
    expect(code).toBe(1);
    const file = path.join(project.dir, 'out.sarif');
    const log = JSON.parse(readFileSync(file, 'utf8'));
    const run = log.runs[0];
    expect(run.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(
      expect.arrayContaining(['docs/faq/old.md', 'docs/bad.txt']),
    );
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    for (const result of run.results) expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['stale-article', 'broken-link', 'read-error', 'inline-config', 'rule-error', 'source-format']));
    for (const rule of run.tool.driver.rules) {
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).not.toBe('');
      expect(rule.help.markdown).not.toBe('');
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    const problems = validate(file);
    expect(problems.filter((p) => p.level === 'error' || p.level === undefined || p.level === 'warning')).toEqual([]);
  });

  it('the validator does catch what GitHub rejects (so the test above can fail)', () => {
    project = tmpProject({});
    const results = makeResults();
    const log = JSON.parse(formatSarif(results, { toolVersion: '1.0.0' }));
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    delete log.runs[0].tool.driver.rules[0].help;
    const file = path.join(project.dir, 'broken.sarif');
    writeFileSync(file, JSON.stringify(log));
    expect(validate(file).map((p) => p.ruleId)).toContain('GH2012');
  });

  it('describes every core id', () => {
    expect(CORE_RULES.map((r) => r.id)).toEqual(['read-error', 'inline-config', 'rule-error', 'source-format']);
  });

  it('keeps the most severe results over the limit and says how many were left out', () => {
    const results: LintResults = makeResults();
    const log = JSON.parse(formatSarif(results, { toolVersion: '1.0.0', maxResults: 3 }));
    const run = log.runs[0];
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'error']); // both errors and the first warning, in file order
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^3 of 6 results were left out/);
    const again = formatSarif(results, { toolVersion: '1.0.0', maxResults: 3 });
    expect(again).toBe(formatSarif(results, { toolVersion: '1.0.0', maxResults: 3 }));
    expect(JSON.parse(formatSarif(results, { toolVersion: '1.0.0' })).runs[0].invocations[0].toolExecutionNotifications).toBeUndefined();
  });
});
