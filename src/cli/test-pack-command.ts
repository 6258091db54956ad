// `kblint test-pack`: run every pack rule on its own examples. Each `invalid`
// example must be flagged by the rule at least once, each `valid` one not at
// all, so a pack's author (and its reviewers) see a change break nothing.
import { applyDefaults } from '../config/schema.js';
import type { Span } from '../model/types.js';
import { lint } from '../engine/lint.js';
import { readPacks } from '../config/packs.js';
import type { PackRuleSpec } from '../config/pack-schema.js';

export interface PackTestResult {
  ok: boolean;
  lines: string[];
}

/** Findings of one pack rule on one Markdown text, through the whole lint path (inline comments included). */
export async function runPackRule(spec: PackRuleSpec, text: string): Promise<Array<{ message: string; span: Span }>> {
  const cwd = process.cwd();
  const config = applyDefaults({ now: '2026-01-01' }, cwd, null);
  config.packRules = [spec];
  const results = await lint({ patterns: [], texts: [{ path: 'example.md', text }], cwd, config, jobs: 0, flags: { offline: true, linkCache: false } });
  return (results.files[0]?.messages ?? [])
    .filter((m) => m.ruleId === spec.id)
    .map((m) => ({ message: m.message, span: { start: { line: m.line, column: m.column }, end: { line: m.endLine ?? m.line, column: m.endColumn ?? m.column } } }));
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
    for (const text of invalid) if ((await runPackRule(spec, text)).length === 0) failures.push(`  invalid example not flagged: ${JSON.stringify(text)}`);
    for (const text of valid) {
      const found = await runPackRule(spec, text);
      if (found.length > 0) failures.push(`  valid example flagged: ${JSON.stringify(text)}: ${found[0]!.message}`);
    }
    ok &&= failures.length === 0;
    lines.push(`${failures.length === 0 ? '✓' : '✗'} ${spec.id}: ${invalid.length} invalid, ${valid.length} valid example${valid.length === 1 ? '' : 's'}`, ...failures);
  }
  return { ok, lines };
}
