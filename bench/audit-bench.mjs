#!/usr/bin/env node
// Compares `kblint audit` with a plain `kblint lint` of the same folder
// (both --offline), alternating runs so machine load hits both alike, and
// reports the sizes of the files the audit writes.
//
//   node bench/audit-bench.mjs DIR [--runs 3]
//   node bench/audit-bench.mjs --generate 10000 [--seed 42] [--runs 1]
//
// The audit runs twice per round: with a fresh history (the first audit of a
// help center) and with --no-history. Target: audit ≤ 1.2× lint; index.html
// under 5 MB for 10,000 articles.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'kblint.js');

function parseArgs(argv) {
  const opts = { runs: 3, generate: null, seed: 42, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--generate') opts.generate = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  if ((opts.generate === null) === (opts.dir === null)) throw new Error('give a folder, or --generate N');
  return opts;
}

// On a shared machine wall time mostly measures the neighbours, so CPU time
// (user + system, all threads) is taken from GNU time when it is installed.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One run: { wall, cpu } seconds (cpu null without GNU time). */
function timed(args, work) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const usage = path.join(work, 'usage.txt');
    const command = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', usage, process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
    const child = spawn(command[0], command[1], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1) return reject(new Error(`kblint ${args.join(' ')} exited ${code}:\n${stderr}`));
      const cpu = GNU_TIME ? readFileSync(usage, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : null;
      resolve({ wall, cpu });
    });
  });
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(root, 'dist/src/cli/main.js'))) throw new Error('kblint is not built: run `npm run build` first');
  let dir = opts.dir && path.resolve(opts.dir);
  if (opts.generate !== null) {
    dir = path.join(os.tmpdir(), 'kblint-bench', `audit-generated-${opts.generate}-seed${opts.seed}`);
    rmSync(dir, { recursive: true, force: true });
    generate(opts.generate, dir, { seed: opts.seed });
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'kblint-audit-bench-'));
  const out = path.join(work, 'out');
  const times = { lint: [], audit: [], auditNoHistory: [] };
  const show = (t) => `${t.wall.toFixed(2)} s wall${t.cpu === null ? '' : `, ${t.cpu.toFixed(2)} s CPU`}`;
  for (let i = 0; i < opts.runs; i++) {
    times.lint.push(await timed([dir, '--offline', '--format', 'json', '--output', path.join(work, 'lint.json')], work));
    rmSync(path.join(work, 'history.db'), { force: true });
    times.audit.push(await timed(['audit', dir, '--offline', '--out', out, '--history', path.join(work, 'history.db')], work));
    times.auditNoHistory.push(await timed(['audit', dir, '--offline', '--out', out, '--no-history'], work));
    console.log(`round ${i + 1}/${opts.runs}: lint ${show(times.lint[i])}; audit ${show(times.audit[i])}; audit --no-history ${show(times.auditNoHistory[i])}`);
  }
  const summary = (key, label) => {
    const wall = median(times[key].map((t) => t.wall));
    const cpu = GNU_TIME ? median(times[key].map((t) => t.cpu)) : null;
    return { label, wall, cpu };
  };
  const rows = [summary('lint', 'lint'), summary('audit', 'audit'), summary('auditNoHistory', 'audit --no-history')];
  console.log('');
  console.log(`folder                 ${dir}`);
  for (const row of rows) {
    const ratio = row === rows[0] ? '' : `  = ${(row.wall / rows[0].wall).toFixed(2)}× lint wall${row.cpu === null ? '' : `, ${(row.cpu / rows[0].cpu).toFixed(2)}× lint CPU`} (target ≤ 1.20×)`;
    console.log(`${(row.label + ' (median)').padEnd(22)} ${row.wall.toFixed(2)} s wall${row.cpu === null ? '' : `, ${row.cpu.toFixed(2)} s CPU`}${ratio}`);
  }
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const size = (name) => statSync(path.join(out, name)).size;
  for (const name of ['index.html', 'audit.json', 'articles.csv', 'summary.md', '../history.db']) console.log(`${name.padEnd(22)} ${mb(size(name))}`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 2;
});
