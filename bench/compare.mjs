#!/usr/bin/env node
// `npm run bench`: kblint against the bare remark-parse floor, cold and warm.
//
//   node bench/compare.mjs [DIR | --generate N [--seed S]] [--runs 3] [--peers DIR] [--json]
//   (default: /tmp/corpus when it exists, else --generate 1000)
//
// One run, alternated rounds (floor, kblint cold, kblint warm, then the other
// linters when installed), so machine load hits every contender alike. Each
// contender is a fresh process under /usr/bin/time: wall time, CPU time (user
// + system) and peak RSS (the process's maximum resident set, worker threads
// included). kblint runs `--offline --format json --output /dev/null`; cold
// runs start with an empty results cache (`--cache`), warm runs reuse it.
// markdownlint-cli2 and remark-cli (with remark-preset-lint-recommended) run
// only when they are installed, in this project's node_modules or in the
// node_modules of the folder `--peers` names (so the peers need not be
// kblint's dependencies); otherwise they are listed as skipped. Prints
// medians, the ratios to the floor and kblint's CPU time against
// markdownlint-cli2's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { runs: 3, generate: null, seed: 42, dir: null, json: false, peers: root };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--generate') opts.generate = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--json') opts.json = true;
    else if (a === '--peers') opts.peers = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs takes a whole number above 0');
  // With neither: the shared corpus when it is there, else 1,000 generated articles.
  if (opts.generate === null && opts.dir === null) {
    if (existsSync('/tmp/corpus')) opts.dir = '/tmp/corpus';
    else opts.generate = 1000;
  }
  if (opts.generate !== null && opts.dir !== null) throw new Error('give a folder, or --generate N, not both');
  return opts;
}

/** Run a command under /usr/bin/time; returns wall and CPU seconds and peak RSS in MiB. */
function measure(command, args, cwd) {
  const stats = path.join(os.tmpdir(), `kblint-bench-${process.pid}.time`);
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const [wall, user, sys, kib] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  rmSync(stats, { force: true });
  return { wall, cpu: user + sys, rssMiB: kib / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const opts = parseArgs(process.argv.slice(2));
const bin = (name) => path.join(opts.peers, 'node_modules', '.bin', name);
if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed (Debian: apt-get install time)');
let dir = opts.dir && path.resolve(opts.dir);
let generated = null;
if (opts.generate !== null) {
  generated = mkdtempSync(path.join(os.tmpdir(), 'kblint-bench-articles-'));
  generate(opts.generate, generated, { seed: opts.seed });
  dir = generated;
}
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kblint-bench-cache-'));
const kblint = ['bin/kblint.js', dir, '--offline', '--format', 'json', '--output', '/dev/null', '--max-warnings', '1000000000', '--cache', '--cache-location', cacheDir];

const contenders = [
  { name: 'floor (remark-parse)', run: () => measure(process.execPath, ['bench/floor.mjs', dir], root) },
  {
    name: 'kblint cold',
    run: () => {
      rmSync(cacheDir, { recursive: true, force: true });
      return measure(process.execPath, kblint, root);
    },
  },
  { name: 'kblint warm', run: () => measure(process.execPath, kblint, root) },
];
const skipped = [];
if (existsSync(bin('markdownlint-cli2'))) contenders.push({ name: 'markdownlint-cli2', run: () => measure(bin('markdownlint-cli2'), ['**/*.md'], dir) });
else skipped.push('markdownlint-cli2 (not installed)');
if (existsSync(bin('remark')) && existsSync(path.join(opts.peers, 'node_modules', 'remark-preset-lint-recommended'))) {
  contenders.push({ name: 'remark-cli', run: () => measure(bin('remark'), [dir, '--quiet', '--use', 'remark-preset-lint-recommended'], opts.peers) });
} else skipped.push('remark-cli with remark-preset-lint-recommended (not installed)');

const samples = new Map(contenders.map((c) => [c.name, []]));
try {
  // The first warm run needs a cold one before it: rounds keep that order.
  for (let round = 0; round < opts.runs; round++) {
    for (const contender of contenders) {
      const sample = contender.run();
      samples.get(contender.name).push(sample);
      if (!opts.json) process.stderr.write(`round ${round + 1} ${contender.name}: ${sample.wall.toFixed(2)} s, ${sample.cpu.toFixed(1)} cpu-s, ${sample.rssMiB.toFixed(0)} MiB\n`);
    }
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
  if (generated) rmSync(generated, { recursive: true, force: true });
}

const rows = contenders.map(({ name }) => {
  const list = samples.get(name);
  return { name, wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), peakRssMiB: Math.max(...list.map((s) => s.rssMiB)) };
});
const floor = rows[0];
const cold = rows[1];
const markdownlint = rows.find((r) => r.name === 'markdownlint-cli2');
const summary = {
  dir: opts.generate !== null ? `${opts.generate} generated articles (seed ${opts.seed})` : dir,
  runs: opts.runs,
  cores: os.availableParallelism(),
  rows: rows.map((r) => ({ ...r, wallVsFloor: r.wall / floor.wall, cpuVsFloor: r.cpu / floor.cpu })),
  warmVsCold: rows[2].wall / cold.wall,
  ...(markdownlint ? { coldCpuVsMarkdownlint: cold.cpu / markdownlint.cpu } : {}),
  skipped,
};
if (opts.json) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  process.stdout.write(`${summary.dir}: medians of ${opts.runs} alternated runs on ${summary.cores} cores\n`);
  for (const r of summary.rows) {
    process.stdout.write(
      `  ${r.name.padEnd(22)} ${r.wall.toFixed(2).padStart(7)} s wall (${r.wallVsFloor.toFixed(2)}× floor)  ${r.cpu.toFixed(1).padStart(6)} cpu-s (${r.cpuVsFloor.toFixed(2)}×)  peak ${r.peakRssMiB.toFixed(0)} MiB\n`,
    );
  }
  process.stdout.write(`  warm / cold wall: ${summary.warmVsCold.toFixed(3)}\n`);
  if (summary.coldCpuVsMarkdownlint !== undefined) process.stdout.write(`  kblint cold / markdownlint-cli2 CPU: ${summary.coldCpuVsMarkdownlint.toFixed(2)}\n`);
  for (const s of skipped) process.stdout.write(`  skipped: ${s}\n`);
}
