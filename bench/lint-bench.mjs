#!/usr/bin/env node
// Times full kblint CLI runs over a folder of articles.
//
//   node bench/lint-bench.mjs DIR [--runs 3] [-- extra kblint args]
//   node bench/lint-bench.mjs --generate N [--seed 42] [--runs 3]
//
// Each run spawns `node bin/kblint.js --format json --max-warnings 100000000 DIR
// --output /dev/null` and measures its wall time; peak RSS is read from
// /proc/<pid>/status (VmHWM, the kernel's high-water mark) while it runs. Exit
// codes 0 and 1 (findings) are fine; anything else fails the benchmark.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'kblint.js');
const USAGE = 'usage: node bench/lint-bench.mjs [--generate N [--seed S] | DIR] [--runs 3] [--json] [-- kblint args]';

function parseArgs(argv) {
  const opts = { runs: 3, generate: null, seed: 42, dir: null, json: false, extra: [] };
  const args = [...argv];
  while (args.length > 0) {
    const a = args.shift();
    const value = (name) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args.shift();
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (a === '--') {
      opts.extra = args.splice(0);
    } else if (a === '--runs' || a.startsWith('--runs=')) {
      opts.runs = Number(value('--runs'));
    } else if (a === '--generate' || a.startsWith('--generate=')) {
      opts.generate = Number(value('--generate'));
    } else if (a === '--seed' || a.startsWith('--seed=')) {
      opts.seed = Number(value('--seed'));
    } else if (a === '--json') {
      opts.json = true;
    } else if (a === '-h' || a === '--help') {
      opts.help = true;
    } else if (a.startsWith('-')) {
      throw new Error(`unknown option ${a}`);
    } else if (opts.dir === null) {
      opts.dir = a;
    } else {
      throw new Error(`unexpected argument ${a}`);
    }
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  if (opts.generate !== null && (!Number.isInteger(opts.generate) || opts.generate < 1)) {
    throw new Error('--generate must be a positive integer');
  }
  if (opts.generate !== null && opts.dir !== null) throw new Error('give either --generate N or DIR, not both');
  if (opts.generate === null && opts.dir === null) throw new Error('give a folder to lint, or --generate N');
  return opts;
}

/** Article files the CLI will look at (it also skips what .gitignore / .kblintignore exclude). */
function countArticles(dir) {
  let n = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(md|markdown)$/i.test(entry.name)) n++;
    }
  };
  walk(dir);
  return n;
}

function readPeakRssKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** One timed CLI run. Resolves with wall seconds, exit code, peak RSS (KiB or null) and stderr. */
function runOnce(dir, extra) {
  const args = [cli, '--format', 'json', '--max-warnings', '100000000', dir, '--output', '/dev/null', ...extra];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    let peak = null;
    const poll = () => {
      const kib = readPeakRssKiB(child.pid);
      if (kib !== null) peak = Math.max(peak ?? 0, kib);
    };
    const timer = setInterval(poll, 20);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    // 'exit' fires while the process is reaped; a last read may still succeed.
    child.on('exit', () => poll());
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, code: code ?? (signal ? `signal ${signal}` : null), peakKiB: peak, stderr });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) {
    console.error('kblint is not built: run `npm run build` first.');
    return 2;
  }

  let dir;
  if (opts.generate !== null) {
    // Outside the repo: kblint honours .gitignore, which lists bench/out/.
    dir = path.join(os.tmpdir(), 'kblint-bench', `generated-${opts.generate}-seed${opts.seed}`);
    rmSync(dir, { recursive: true, force: true });
    const { bytes } = generate(opts.generate, dir, { seed: opts.seed });
    if (!opts.json) console.log(`generated ${opts.generate} articles (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${dir}`);
  } else {
    dir = path.resolve(opts.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`not a folder: ${opts.dir}`);
      return 2;
    }
  }
  const files = countArticles(dir);

  const runs = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = await runOnce(dir, opts.extra);
    if (run.code !== 0 && run.code !== 1) {
      console.error(`run ${i + 1} failed with exit code ${run.code}:\n${run.stderr.trim()}`);
      return 1;
    }
    runs.push(run);
    if (!opts.json) {
      const rss = run.peakKiB === null ? '' : `, peak RSS ${(run.peakKiB / 1024).toFixed(0)} MiB`;
      console.log(`run ${i + 1}/${opts.runs}: ${run.seconds.toFixed(2)} s (exit ${run.code}${rss})`);
    }
  }

  const seconds = runs.map((r) => r.seconds);
  const med = median(seconds);
  const peaks = runs.map((r) => r.peakKiB).filter((v) => v !== null);
  const result = {
    dir,
    files,
    runs: runs.length,
    medianSeconds: Number(med.toFixed(3)),
    minSeconds: Number(Math.min(...seconds).toFixed(3)),
    maxSeconds: Number(Math.max(...seconds).toFixed(3)),
    filesPerSecond: Number((files / med).toFixed(1)),
    peakRssMiB: peaks.length > 0 ? Number((Math.max(...peaks) / 1024).toFixed(1)) : null,
    node: process.version,
    cpus: os.cpus().length,
  };
  if (opts.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log('');
    console.log(`files            ${files}`);
    console.log(`runs             ${result.runs}`);
    console.log(`median wall      ${med.toFixed(2)} s (min ${result.minSeconds.toFixed(2)}, max ${result.maxSeconds.toFixed(2)})`);
    console.log(`files/second     ${result.filesPerSecond}`);
    console.log(
      `peak RSS         ${
        result.peakRssMiB === null
          ? 'n/a (no /proc on this system)'
          : `${result.peakRssMiB} MiB (sampled every 20 ms from /proc/<pid>/status VmHWM)`
      }`,
    );
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
