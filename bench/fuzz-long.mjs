#!/usr/bin/env node
// The long fuzz run: every fast-check property of the suite (parsers, the
// CI-log filter and every reporter's escaping) with 100,000 cases each
// instead of CI's few hundred. `node bench/fuzz-long.mjs [runs]`.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '100000';
const files = ['test/fuzz/', 'test/reporters/log-safety.test.ts'];
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
console.log(`fuzz-long: ${runs} cases per property, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = result.status ?? 1;
