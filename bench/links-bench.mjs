#!/usr/bin/env node
// External link checking, timed: 2,000 unique URLs spread over 20 loopback
// hosts (127.0.0.1 … 127.0.0.20, one HTTP server each, every response after
// 50 ms). Runs the kblint CLI (the build in dist/: `npm run build` first) with
// `--no-cache`, and optionally linkinator and markdown-link-check on the same
// files, and reports each tool's wall time, kblint's ratio to the ideal
// (URLs × latency ÷ global concurrency) and the most requests each tool had in
// flight to one host at a time, as the servers saw it.
//
//   node bench/links-bench.mjs [--urls 2000] [--hosts 20] [--latency 50]
//        [--concurrency 16] [--per-host 4] [--runs 3] [--compare /tmp/cmp] [--json]
//
// --compare DIR runs DIR/node_modules/.bin/linkinator and markdown-link-check
// (install them outside the repo: mkdir /tmp/cmp && cd /tmp/cmp && npm i linkinator markdown-link-check).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'kblint.js');

function parseArgs(argv) {
  const opts = { urls: 2000, hosts: 20, latency: 50, concurrency: 16, perHost: 4, runs: 3, compare: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--urls') opts.urls = Number(next());
    else if (a === '--hosts') opts.hosts = Number(next());
    else if (a === '--latency') opts.latency = Number(next());
    else if (a === '--concurrency') opts.concurrency = Number(next());
    else if (a === '--per-host') opts.perHost = Number(next());
    else if (a === '--runs') opts.runs = Number(next());
    else if (a === '--compare') opts.compare = next();
    else if (a === '--json') opts.json = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (opts.hosts > 254) throw new Error('--hosts: at most 254 (127.0.0.1 … 127.0.0.254)');
  return opts;
}

/** One server per loopback address; counts requests and the most in flight at once. */
async function startServers(hosts, latency) {
  const servers = [];
  const all = { inFlight: 0, maxInFlight: 0 };
  for (let k = 1; k <= hosts; k++) {
    const stats = { host: `127.0.0.${k}`, inFlight: 0, maxInFlight: 0, requests: 0 };
    const server = http.createServer((req, res) => {
      stats.requests++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      all.inFlight++;
      all.maxInFlight = Math.max(all.maxInFlight, all.inFlight);
      setTimeout(() => {
        stats.inFlight--;
        all.inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ok</title><p>ok</p>');
      }, latency);
    });
    server.keepAliveTimeout = 10_000;
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, stats.host, resolve));
    stats.port = server.address().port;
    servers.push({ server, stats });
  }
  return {
    servers,
    reset() {
      for (const { stats } of servers) Object.assign(stats, { inFlight: 0, maxInFlight: 0, requests: 0 });
      Object.assign(all, { inFlight: 0, maxInFlight: 0 });
    },
    totals() {
      return {
        requests: servers.reduce((n, s) => n + s.stats.requests, 0),
        maxInFlightPerHost: Math.max(...servers.map((s) => s.stats.maxInFlight)),
        maxInFlightTotal: all.maxInFlight,
      };
    },
    close: () => Promise.all(servers.map(({ server }) => new Promise((r) => (server.closeAllConnections(), server.close(r))))),
  };
}

/** Every rule but the link rules, off: so a run measures the link checking and the CLI around it. */
async function otherRulesOff() {
  const result = await run(process.execPath, [cli, 'rules', '--format', 'json'], root);
  const rules = JSON.parse(result.stdout);
  const linkCategory = new Set(rules.filter((r) => r.category === 'links').map((r) => r.id));
  return Object.fromEntries(rules.filter((r) => !linkCategory.has(r.id)).map((r) => [r.id, 'off']));
}

function writeConfig(dir, opts, rules) {
  writeFileSync(
    path.join(dir, 'kblint.config.json'),
    JSON.stringify({
      now: '2026-06-01',
      ...(rules ? { rules } : {}),
      links: { allowPrivate: true, concurrency: opts.concurrency, perHostConcurrency: opts.perHost, cache: { path: '.kblint/links.json' } },
    }),
  );
}

function writeArticles(dir, servers, urls, opts) {
  const perFile = 20;
  const files = Math.ceil(urls / perFile);
  for (let f = 0; f < files; f++) {
    const lines = ['---', `title: Link bench article ${f + 1}`, 'updated: 2026-05-01', '---', '', `# Link bench article ${f + 1}`, ''];
    for (let j = 0; j < perFile && f * perFile + j < urls; j++) {
      const i = f * perFile + j;
      const { host, port } = servers[i % servers.length].stats;
      lines.push(`- See [page ${i}](http://${host}:${port}/page/${i}) for details.`);
    }
    writeFileSync(path.join(dir, `article-${String(f + 1).padStart(4, '0')}.md`), `${lines.join('\n')}\n`);
  }
  writeConfig(dir, opts, null);
  return files;
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, stdout, stderr }));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) throw new Error('no build: run `npm run build` first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kblint-links-bench-'));
  const farm = await startServers(opts.hosts, opts.latency);
  const report = { urls: opts.urls, hosts: opts.hosts, latencyMs: opts.latency, concurrency: opts.concurrency, perHost: opts.perHost, tools: {} };
  // With fewer hosts than concurrency ÷ per-host, the per-host limit is the bound.
  report.effectiveConcurrency = Math.min(opts.concurrency, opts.hosts * opts.perHost);
  report.idealMs = (opts.urls * opts.latency) / report.effectiveConcurrency;
  try {
    report.files = writeArticles(dir, farm.servers, opts.urls, opts);

    // The CLI twice over: with every rule (the usual run) and with the link rules only.
    const linkRulesOnly = await otherRulesOff();
    for (const [name, rules] of [['kblint', null], ['kblintLinksOnly', linkRulesOnly]]) {
      writeConfig(dir, opts, rules);
      const runs = [];
      for (let r = 0; r < opts.runs; r++) {
        farm.reset();
        const result = await run(process.execPath, [cli, '--no-cache', '--format', 'json', '.'], dir);
        if (result.code !== 0 && result.code !== 1) throw new Error(`kblint exited ${result.code}:\n${result.stderr}`);
        const findings = JSON.parse(result.stdout).files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'dead-link' || m.ruleId === 'redirected-link');
        if (findings.length > 0) throw new Error(`kblint reported ${findings.length} link findings on working links: ${findings[0].message}`);
        runs.push({ ms: result.ms, ...farm.totals() });
      }
      // The same CLI with --offline: the part of the wall time that is not link checking.
      const offline = [];
      for (let r = 0; r < opts.runs; r++) offline.push((await run(process.execPath, [cli, '--offline', '--format', 'json', '.'], dir)).ms);
      const medianMs = median(runs.map((k) => k.ms));
      report.tools[name] = {
        runsMs: runs.map((k) => Math.round(k.ms)),
        medianMs: Math.round(medianMs),
        offlineMs: Math.round(median(offline)),
        requests: runs[0].requests,
        maxInFlightPerHost: Math.max(...runs.map((k) => k.maxInFlightPerHost)),
        maxInFlightTotal: Math.max(...runs.map((k) => k.maxInFlightTotal)),
        ratioToIdeal: +(medianMs / report.idealMs).toFixed(3),
      };
    }
    writeConfig(dir, opts, linkRulesOnly);

    // The link-checking phase alone (first progress event to the last), in a child
    // process so that it does not share an event loop with the servers.
    const phaseScript = `
      const { lint } = await import(${JSON.stringify(path.join(root, 'dist', 'src', 'engine', 'lint.js'))});
      let first = null, last = null;
      await lint({ patterns: ['.'], cwd: process.cwd(), flags: { cache: false }, notify: (e) => {
        if (e.kind !== 'progress') return;
        const now = performance.now();
        first ??= now;
        if (e.done === e.total) last = now;
      } });
      console.log(last - first);`;
    const phases = [];
    for (let r = 0; r < opts.runs; r++) {
      const result = await run(process.execPath, ['--input-type=module', '-e', phaseScript], dir);
      if (result.code !== 0) throw new Error(`the in-process run failed:\n${result.stderr}`);
      phases.push(Number(result.stdout.trim()));
    }
    report.tools.kblint.checkPhaseMs = Math.round(median(phases));
    report.tools.kblint.checkPhaseRatio = +(median(phases) / report.idealMs).toFixed(3);

    // Second run with the cache: no request at all.
    await run(process.execPath, [cli, '--format', 'json', '.'], dir);
    farm.reset();
    const cached = await run(process.execPath, [cli, '--format', 'json', '.'], dir);
    report.tools.kblint.cachedRunMs = Math.round(cached.ms);
    report.tools.kblint.cachedRunRequests = farm.totals().requests;

    if (opts.compare) {
      const bin = (name) => path.join(path.resolve(opts.compare), 'node_modules', '.bin', name);
      farm.reset();
      const lk = await run(bin('linkinator'), ['*.md', '--markdown', '--concurrency', String(opts.concurrency), '--format', 'json'], dir);
      let broken = null;
      try {
        broken = JSON.parse(lk.stdout).links.filter((l) => l.state === 'BROKEN').length;
      } catch {
        // leave it null
      }
      report.tools.linkinator = { ms: Math.round(lk.ms), exit: lk.code, ...farm.totals(), broken, concurrency: opts.concurrency };
      farm.reset();
      const mlc = await run(bin('markdown-link-check'), ['-q', '.'], dir);
      report.tools['markdown-link-check'] = {
        ms: Math.round(mlc.ms),
        exit: mlc.code,
        ...farm.totals(),
        concurrency: 'fixed: 2 per file, one file at a time (not configurable)',
      };
    }
  } finally {
    await farm.close();
    rmSync(dir, { recursive: true, force: true });
  }

  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const k = report.tools.kblint;
  console.log(`${report.urls} URLs over ${report.hosts} hosts, ${report.latencyMs} ms latency, ${report.files} files; concurrency ${report.concurrency}, per host ${report.perHost}`);
  console.log(`ideal (URLs × latency ÷ ${report.effectiveConcurrency}, the effective concurrency): ${(report.idealMs / 1000).toFixed(2)} s`);
  for (const [label, t] of [['kblint CLI, every rule', report.tools.kblint], ['kblint CLI, link rules only', report.tools.kblintLinksOnly]]) {
    console.log(
      `${label}: median ${(t.medianMs / 1000).toFixed(2)} s (runs ${t.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}), ${t.ratioToIdeal}× ideal; ` +
        `the same with --offline: ${(t.offlineMs / 1000).toFixed(2)} s; ${t.requests} requests, max ${t.maxInFlightPerHost} in flight per host and ${t.maxInFlightTotal} in all`,
    );
  }
  console.log(`kblint link-checking phase alone (median): ${(k.checkPhaseMs / 1000).toFixed(2)} s, ${k.checkPhaseRatio}× ideal`);
  console.log(`kblint with a warm cache: ${(k.cachedRunMs / 1000).toFixed(2)} s, ${k.cachedRunRequests} requests`);
  for (const name of ['linkinator', 'markdown-link-check']) {
    const t = report.tools[name];
    if (!t) continue;
    console.log(
      `${name}: ${(t.ms / 1000).toFixed(2)} s (exit ${t.exit}), ${t.requests} requests, max ${t.maxInFlightPerHost} in flight per host ` +
        `and ${t.maxInFlightTotal} in all, concurrency ${t.concurrency}`,
    );
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 2;
});
