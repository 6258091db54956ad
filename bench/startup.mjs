#!/usr/bin/env node
// Start-up cost: how many modules a process loads and how long it takes, for
// `kblint --version`, `kblint lint ONE.md`, and a worker's start (what one
// worker of the job pool imports to set up and lint its first file).
// Usage: node bench/startup.mjs [--runs 5] [--file path/to/one.md]
// Prints, per case, the modules loaded (ESM loader hook, bench/count-hooks.mjs),
// median wall time and median CPU time (user + system) of fresh processes,
// and the load average when it started. Build first (`npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const runs = Number(option('--runs', '5'));
let file = option('--file', undefined);
if (!file) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kblint-startup-'));
  file = path.join(dir, 'one.md');
  writeFileSync(file, '---\ntitle: Reset your password\nupdated: 2026-05-01\n---\n\n# Reset your password\n\nOpen [Settings](https://example.com/settings) and choose **Reset**.\n');
}

// Counts modules through the loader hooks, then prints the count on exit.
const counter = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
import { MessageChannel, isMainThread, receiveMessageOnPort } from 'node:worker_threads';
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  register(${JSON.stringify(pathToFileURL(path.join(root, 'bench/count-hooks.mjs')).href)}, { data: port2, transferList: [port2] });
  process.on('exit', () => {
    let count = 0;
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) count = m.message;
    process.stderr.write('\\nKBLINT_MODULES=' + count + '\\n');
  });
}
`)}`;

// A worker's start, without the pool: what load-worker.ts does for its first task
// (the worker gets the resolved config as data; here the defaults stand in for it).
const workerScript = `
const { createJobSetup, runFileJob } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/engine/file-job.js')).href)});
const { applyDefaults } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/config/schema.js')).href)});
const file = ${JSON.stringify(file)};
const config = applyDefaults({}, ${JSON.stringify(path.dirname(file))}, null);
const setup = await createJobSetup({ config, cwd: ${JSON.stringify(path.dirname(file))}, now: '2026-06-01', flags: { offline: true }, shipped: [] });
await runFileJob({ absolutePath: file, path: 'one.md' }, setup);
`;

const cases = [
  { name: 'kblint --version', argv: ['bin/kblint.js', '--version'] },
  { name: 'kblint lint one.md', argv: ['bin/kblint.js', 'lint', file, '--offline', '--now', '2026-06-01'] },
  { name: "a worker's start (setup, first file)", argv: ['--input-type=module', '-e', workerScript] },
  { name: 'node -e 0 (the floor)', argv: ['-e', '0'] },
];

function once(argv, countModules) {
  const started = process.hrtime.bigint();
  const timed = spawnSync('/usr/bin/time', ['-f', 'KBLINT_TIME=%U %S', process.execPath, ...(countModules ? ['--import', counter] : []), ...argv], {
    cwd: root,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (timed.status !== 0 && timed.status !== 1) throw new Error(`${argv.join(' ')} exited ${timed.status}: ${timed.stderr}`);
  const [user, sys] = /KBLINT_TIME=([\d.]+) ([\d.]+)/.exec(timed.stderr).slice(1).map(Number);
  const modules = /KBLINT_MODULES=(\d+)/.exec(timed.stderr)?.[1];
  return { wall, cpu: user + sys, modules: modules === undefined ? undefined : Number(modules) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} cores; ${runs} runs each`);
for (const { name, argv } of cases) {
  const { modules } = once(argv, true);
  const samples = Array.from({ length: runs }, () => once(argv, false));
  console.log(
    `${name.padEnd(46)} modules ${String(modules ?? '-').padStart(4)}  wall ${median(samples.map((s) => s.wall)).toFixed(3)} s  cpu ${median(samples.map((s) => s.cpu)).toFixed(2)} s`,
  );
}
console.log(`load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
