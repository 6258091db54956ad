// Shared by the source tests: lint a folder or file under the repo, or a text
// written to a temporary folder, and look findings up by file and rule.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import type { FileResult, LintResults } from '../../src/model/types.js';

export const root = path.resolve(import.meta.dirname, '../..');

export async function lintRepo(patterns: string[], options: Partial<LintOptions> = {}): Promise<LintResults> {
  return lint({ patterns, cwd: root, flags: { offline: true }, ...options });
}

/** Lint files written to a fresh folder (with a config judging as of 2026-06-01). */
export async function lintTexts(
  files: Record<string, string>,
  options: Partial<LintOptions> & { patterns?: string[]; configExtra?: Record<string, unknown> } = {},
): Promise<LintResults> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kblint-sources-'));
  try {
    writeFileSync(path.join(dir, 'kblint.config.json'), JSON.stringify({ now: '2026-06-01', ...options.configExtra }));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const { configExtra: _, patterns, ...rest } = options;
    return await lint({ patterns: patterns ?? ['.'], cwd: dir, flags: { offline: true }, ...rest });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function result(results: LintResults, pathOrPrefix: string): FileResult {
  const found = results.files.find((f) => f.path === pathOrPrefix) ?? results.files.find((f) => f.path.startsWith(pathOrPrefix));
  if (!found) throw new Error(`no result for ${pathOrPrefix}; have ${results.files.map((f) => f.path).join(', ')}`);
  return found;
}

/** `rule@line` for the given rules (all when none given), sorted. */
export function findings(file: FileResult, rules?: string[]): string[] {
  return file.messages
    .filter((m) => !rules || rules.includes(m.ruleId))
    .map((m) => `${m.ruleId}@${m.line}`)
    .sort();
}
