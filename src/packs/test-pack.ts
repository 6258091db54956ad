// `kblint test-pack`: run every pack rule on its own examples. Each `invalid`
// example must be flagged by the rule at least once, each `valid` one not at
// all, so a pack's author (and its reviewers) see a change break nothing.
import path from 'node:path';
import { applyDefaults } from '../config/schema.js';
import { markdownArticle } from '../sources/markdown.js';
import type { Span } from '../model/types.js';
import { readPacks } from './load.js';
import { packRule } from './rule.js';
import type { PackRuleSpec } from './schema.js';

export interface PackTestResult {
  ok: boolean;
  lines: string[];
}

/** Findings of one pack rule on one Markdown text. */
export function runPackRule(spec: PackRuleSpec, text: string): Array<{ message: string; span?: Span }> {
  const config = applyDefaults({}, process.cwd(), null);
  const article = markdownArticle({ path: 'example.md', absolutePath: path.resolve('example.md'), text }, config);
  const found: Array<{ message: string; span?: Span }> = [];
  packRule(spec).check(article, {
    now: '2026-01-01',
    cwd: process.cwd(),
    config,
    options: undefined,
    corpus: undefined as never,
    prepared: undefined,
    report: (finding) => void found.push({ message: finding.message, ...(finding.span ? { span: finding.span } : {}) }),
    recordMetrics: () => {},
  });
  return found;
}

export async function testPacks(entries: string[], cwd: string): Promise<PackTestResult> {
  const specs = await readPacks(entries, cwd, 'test-pack', cwd);
  const lines: string[] = [];
  let ok = true;
  for (const spec of specs) {
    const invalid = spec.examples?.invalid ?? [];
    const valid = spec.examples?.valid ?? [];
    if (invalid.length + valid.length === 0) {
      ok = false;
      lines.push(`✗ ${spec.id} (${spec.file}): no examples; add examples.invalid and examples.valid`);
      continue;
    }
    const failures: string[] = [];
    for (const text of invalid) if (runPackRule(spec, text).length === 0) failures.push(`  invalid example not flagged: ${JSON.stringify(text)}`);
    for (const text of valid) {
      const found = runPackRule(spec, text);
      if (found.length > 0) failures.push(`  valid example flagged: ${JSON.stringify(text)}: ${found[0]!.message}`);
    }
    ok &&= failures.length === 0;
    lines.push(`${failures.length === 0 ? '✓' : '✗'} ${spec.id}: ${invalid.length} invalid, ${valid.length} valid example${valid.length === 1 ? '' : 's'}`, ...failures);
  }
  return { ok, lines };
}
