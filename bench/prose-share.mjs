#!/usr/bin/env node
// The prose pass's share of a full lint: times whole CLI runs over a folder
// with the prose rules off, with `readability` on (the default), and with all
// four prose rules on, and reports the difference as a share of the run.
//
//   npm run build && node bench/prose-share.mjs DIR [--runs 5]
//
// Each configuration is a config file in a temporary folder passed with
// `--config`; external link checks are off so the network does not blur the
// figures. Runs alternate between the configurations. Each run reports its
// CPU time (user + system, printed by the child at exit) and its wall time;
// the fastest run of each configuration is kept, since on a shared machine
// every disturbance only adds time. The share is computed from CPU time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'kblint.js');

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
if (!dir) {
  console.error('usage: node bench/prose-share.mjs DIR [--runs 5]');
  process.exit(2);
}

const prose = ['readability', 'plain-language', 'passive-voice', 'inclusive-language'];
const base = { now: '2026-06-01', links: { external: false } };
const configs = {
  'prose off': { ...base, rules: Object.fromEntries(prose.map((id) => [id, 'off'])) },
  'readability on (default)': { ...base, rules: { readability: 'warning' } },
  'all four prose rules on': { ...base, rules: Object.fromEntries(prose.map((id) => [id, 'warning'])) },
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kblint-prose-bench-'));
const files = {};
for (const [name, config] of Object.entries(configs)) {
  const folder = path.join(tmp, name.replace(/\W+/g, '-'));
  files[name] = path.join(folder, 'kblint.config.json');
  spawnSync('mkdir', ['-p', folder]);
  writeFileSync(files[name], JSON.stringify(config));
}

const REPORT_CPU =
  "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nKBLINT_CPU_MS '+(u.user+u.system)/1000+'\\n')})";

function run(config) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--import', REPORT_CPU, cli, dir, '--config', config, '--format', 'json', '--output', '/dev/null', '--max-warnings', '100000000'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`kblint exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  }
  const cpu = Number(/KBLINT_CPU_MS ([\d.]+)/.exec(result.stderr)?.[1]);
  return { wall, cpu };
}

const times = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
try {
  run(files['prose off']); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const name of Object.keys(configs)) times[name].push(run(files[name]));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const best = (name, key) => Math.min(...times[name].map((t) => t[key]));
const off = best('prose off', 'cpu');
console.log(`${dir}: ${runs} runs each, fastest run (CPU = user + system time of the kblint process)`);
for (const name of Object.keys(configs)) {
  const cpu = best(name, 'cpu');
  const wall = best(name, 'wall');
  const share = name === 'prose off' ? '' : `  prose share ${(((cpu - off) / cpu) * 100).toFixed(1)}% of CPU (+${(cpu - off).toFixed(0)} ms)`;
  console.log(`  ${name.padEnd(26)} CPU ${cpu.toFixed(0).padStart(7)} ms  wall ${wall.toFixed(0).padStart(7)} ms${share}`);
}
