// Property-test sizes: small enough for CI by default; FUZZ_RUNS=100000 (or
// bench/fuzz-long.mjs) runs every property that many times instead.
export function fuzzRuns(ciDefault: number): number {
  const wanted = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : ciDefault;
}
