// Shards that read only their own files: links, anchors and translations
// across shards, external links checked by each shard (the merge needs no
// network), and a baseline applied at the merge.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/cli/shard.js';
import { lint } from '../../src/engine/lint.js';
import { runKblint as kblint } from '../support/cli.js';
import { gitRepo } from '../support/git-repo.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
let server: Server | undefined;
afterEach(async () => {
  project?.remove();
  project = undefined;
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A name `prefix-N` whose `${folder}NAME.md` falls in `shard` of 3 (and, for `also`, its other folder in another shard). */
function nameIn(shard: number, prefix: string, folder = '', also?: { folder: string; shard: number }): string {
  for (let i = 0; ; i++) {
    const name = `${prefix}-${i}`;
    if (shardOf(`${folder}${name}.md`, 3) !== shard) continue;
    if (also && shardOf(`${also.folder}${name}.md`, 3) !== also.shard) continue;
    return name;
  }
}

/** 127.0.0.1: /gone is 404, /old moves permanently to /new. */
async function startServer(): Promise<string> {
  server = createServer((request, response) => {
    if (request.url === '/old') response.writeHead(301, { location: '/new' }).end();
    else if (request.url === '/new') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>new</p>');
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

function article(title: string, updated: string, body: string): string {
  return `---\ntitle: ${title}\npublished: 2026-01-05\nupdated: ${updated}\n---\n\n# ${title}\n\n${body}\n`;
}

const SHARDS = ['1/3', '2/3', '3/3'];

async function shardsThenMerge(dir: string, mergeArgs: string[] = [], lintArgs: string[] = []) {
  const files = SHARDS.map((_, i) => path.join(dir, `.reports/shard-${i + 1}.json`));
  const runs = await Promise.all(SHARDS.map((shard, i) => kblint(['.', '--shard', shard, '--no-link-cache', ...lintArgs, '-f', `json:${files[i]}`], { cwd: dir })));
  return { runs, files, merge: (args: string[]) => kblint(['merge', ...files, ...mergeArgs, ...args], { cwd: dir }) };
}

describe('shards read only their own files', { timeout: 240_000 }, () => {
  it('and the merge finds links, anchors and translations across shards, and external results without the network', async () => {
    const base = await startServer();
    const linker = nameIn(1, 'linker');
    const target = nameIn(2, 'target');
    const guide = nameIn(2, 'guide', 'en-us/', { folder: 'fr/', shard: 3 });
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { allowPrivate: true, retries: 0, timeoutMs: 3000 } }),
      [`${linker}.md`]: article(
        'Linker',
        '2026-05-01',
        [`[setup](${target}.md#set-it-up)`, `[no such section](${target}.md#no-such-section)`, '[gone](never-written.md)', `[dead](${base}/gone)`, `[moved](${base}/old)`].join('\n\n'),
      ),
      [`${target}.md`]: article('Target', '2026-05-01', '## Set it up\n\nSteps.'),
      [`en-us/${guide}.md`]: article('Guide', '2026-05-20', 'English.'),
      [`fr/${guide}.md`]: article('Guide FR', '2026-03-01', 'Français.'),
    });
    const { dir } = project;
    const whole = await kblint(['.', '--no-link-cache', '-f', 'json', '-f', 'text:.reports/whole.txt'], { cwd: dir });
    const { runs, merge } = await shardsThenMerge(dir);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/shard \d\/3: \d+ of the articles linted; .*broken-link.* run at kblint merge; the merge gives the exit code/);
    }
    // No server: the merge uses the shards' results.
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const merged = await merge(['-f', 'json', '-f', 'text:.reports/merged.txt']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(whole.code);
    expect(merged.stdout).toBe(whole.stdout);
    expect(readFileSync(path.join(dir, '.reports/merged.txt'), 'utf8')).toBe(readFileSync(path.join(dir, '.reports/whole.txt'), 'utf8'));

    const report = JSON.parse(merged.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }> };
    const findings = report.files.flatMap((file) => file.messages.map((m) => `${file.path} ${m.ruleId} ${m.message}`));
    const of = (file: string, rule: string) => findings.filter((f) => f.startsWith(`${file} ${rule} `));
    expect(of(`${linker}.md`, 'broken-link')).toHaveLength(2);
    expect(of(`${linker}.md`, 'broken-link').join('\n')).toMatch(/no-such-section/);
    expect(of(`${linker}.md`, 'broken-link').join('\n')).not.toMatch(/set-it-up/);
    expect(of(`${linker}.md`, 'dead-link').join('\n')).toMatch(/\/gone.*404/);
    expect(of(`${linker}.md`, 'redirected-link').join('\n')).toMatch(/\/old.*\/new/);
    expect(of(`fr/${guide}.md`, 'translation-outdated')).toHaveLength(1);

    // A shard's own report: its articles only, with what needs no other article.
    const shard1 = JSON.parse(readFileSync(path.join(dir, '.reports/shard-1.json'), 'utf8')) as typeof report & { shard: { outcomes: unknown[] } };
    expect(shard1.files.map((f) => f.path)).toEqual([`${linker}.md`]);
    expect(shard1.shard.outcomes).toHaveLength(1);
    const own = shard1.files[0]!.messages.map((m) => m.ruleId);
    expect(own).toContain('dead-link');
    expect(own).not.toContain('broken-link');
  });

  it('parse no file of another shard', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01' }),
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`a-${i}.md`, article(`A ${i}`, '2026-05-01', 'Text.')])),
    });
    const { dir } = project;
    const read: string[] = [];
    const includes = (file: string) => shardOf(path.relative(dir, file), 3) === 2;
    await lint({ patterns: ['.'], cwd: dir, shard: { index: 2, count: 3, includes }, collect: { facts: [], onArticle: (a) => void read.push(a.summary.path) } });
    const expected = Array.from({ length: 12 }, (_, i) => `a-${i}.md`).filter((name) => shardOf(name, 3) === 2);
    expect(expected.length).toBeGreaterThan(0);
    expect(read.sort()).toEqual(expected.sort());
  });

  it('apply the baseline at the merge: only a finding added after it fails', async () => {
    const linker = nameIn(1, 'linker');
    const target = nameIn(3, 'target');
    // A git repository with real commits: SARIF names files from its root.
    const repo = gitRepo({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { external: false } }),
      '.gitignore': '.reports/\n',
      [`${linker}.md`]: article('Linker', '2026-05-01', `[old mistake](${target}.md#nowhere)`),
      [`${target}.md`]: article('Target', '2026-05-01', '## Here\n\nText.'),
    });
    project = repo;
    const { dir } = repo;
    repo.commit('articles');
    expect((await kblint(['baseline', '.'], { cwd: dir })).code).toBe(0);
    repo.commit('baseline');
    // Shift the known finding down a line and add a new one.
    repo.write(`${linker}.md`, article('Linker', '2026-05-01', `Intro.\n\n[old mistake](${target}.md#nowhere)\n\n[new mistake](${target}.md#also-nowhere)`));
    repo.commit('a new mistake');
    const whole = await kblint(['.', '-f', 'json', '-f', 'sarif:.reports/whole.sarif'], { cwd: dir });
    expect(whole.code).toBe(1);
    const { merge } = await shardsThenMerge(dir);
    const merged = await merge(['-f', 'json', '-f', 'sarif:.reports/merged.sarif']);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(whole.stdout);
    expect(readFileSync(path.join(dir, '.reports/merged.sarif'), 'utf8')).toBe(readFileSync(path.join(dir, '.reports/whole.sarif'), 'utf8'));
    const report = JSON.parse(merged.stdout) as { summary: { suppressed: number; errors: number }; files: Array<{ messages: Array<{ message: string }> }> };
    expect(report.summary.suppressed).toBe(1);
    expect(report.files.flatMap((f) => f.messages.map((m) => m.message)).join('\n')).toMatch(/also-nowhere/);
    // --no-baseline at the merge: both fail.
    const unfiltered = JSON.parse((await merge(['-f', 'json', '--no-baseline'])).stdout) as typeof report;
    expect(unfiltered.summary.suppressed).toBeUndefined();
    expect(unfiltered.files.flatMap((f) => f.messages.map((m) => m.message)).join('\n')).toMatch(/nowhere[\s\S]*also-nowhere|also-nowhere[\s\S]*nowhere/);
  });

  it('refuse a missing shard, a report without shard data, and a config that differs from the shards\'', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01' }),
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`a-${i}.md`, article(`A ${i}`, '2026-05-01', 'Text.')])),
    });
    const { dir } = project;
    const { files } = await shardsThenMerge(dir);
    const missing = await kblint(['merge', files[0]!, files[2]!], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 2\/3 is missing/);
    await kblint(['.', '-f', 'json:.reports/plain.json'], { cwd: dir });
    const plain = await kblint(['merge', '.reports/plain.json'], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/is not the report of a --shard run/);
    project.write('kblint.config.json', JSON.stringify({ now: '2026-06-01', rules: { 'stale-article': 'off' } }));
    const changed = await kblint(['merge', ...files], { cwd: dir });
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/other settings than the merge finds/);
    const sharded = await kblint(['.', '--shard', '1/2', '--changed-since', 'main'], { cwd: dir });
    expect(sharded.code).toBe(2);
    expect(sharded.stderr).toMatch(/--shard cannot be combined with --changed-since/);
    const baseline = await kblint(['baseline', '.', '--shard', '1/2'], { cwd: dir });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toMatch(/records a whole run: leave out --shard/);
  });
});
