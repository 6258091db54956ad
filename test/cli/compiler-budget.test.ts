import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilerFlags, INLINING_BUDGET_FLAG } from '../../src/cli/compiler-budget.js';
import { REPO_ROOT } from '../support/cli.js';

describe('compiler budget', () => {
  it('caps inlining unless the user chose an inlining setting', () => {
    expect(compilerFlags([], undefined)).toEqual([INLINING_BUDGET_FLAG]);
    expect(compilerFlags(['--max-old-space-size=4096'], '--enable-source-maps')).toEqual([INLINING_BUDGET_FLAG]);
    expect(compilerFlags(['--no-turbo-inlining'], undefined)).toEqual([]);
    expect(compilerFlags([], '--max-inlined-bytecode-size-cumulative=920')).toEqual([]);
  });

  it('is a flag this Node accepts (V8 reports an unknown flag on stderr)', () => {
    const script = `import(${JSON.stringify(path.join(REPO_ROOT, 'dist/src/cli/compiler-budget.js'))}).then((m) => m.applyCompilerBudget())`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // That nothing under src/ imports it (so the library API leaves V8 alone) is test/architecture/imports.test.ts's.
  it('is applied by the two entry points', () => {
    for (const entry of ['bin/kblint.js', 'scripts/action/kblint.ts']) {
      expect(readFileSync(path.join(REPO_ROOT, entry), 'utf8')).toMatch(/^applyCompilerBudget\(\);$/m);
    }
  });
});
