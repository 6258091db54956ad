// The command's one process-wide V8 setting, applied by the two entry points
// (bin/kblint.js and the action's bundle), never by the library API: the
// programmatic API must not change its host's compiler.
//
// Why: a lint run is short and each worker is a fresh isolate that compiles
// micromark, the mdast builder and the prose pass again, so optimizing
// compilation is a large share of it. On 2,461 real articles with two
// workers, V8's background threads (mostly TurboFan's compiles, which
// inlining makes large) used 16 of 34 CPU seconds. Capping the bytecode
// inlined into one optimized function (V8's default is 920) took the run to
// 26 CPU seconds and 15.5 s of wall time instead of 19.5, with the same
// findings (bench/README.md). The hot functions are still optimized, with
// their small callees inlined.
import { setFlagsFromString } from 'node:v8';

export const INLINING_BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative=200';

/** The V8 flags to set, none when the user already chose an inlining setting (in `execArgv` or `NODE_OPTIONS`). */
export function compilerFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) => /inlin/.test(arg));
  return chosen ? [] : [INLINING_BUDGET_FLAG];
}

/** Applies `compilerFlags` to this process; call before the run starts (workers inherit the flags). */
export function applyCompilerBudget(): void {
  for (const flag of compilerFlags(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}
