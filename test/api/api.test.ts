// The programmatic API as a project that depends on kblint uses it: through
// the package's `exports` (the built dist/), from another folder.
import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles, lintText } from '../../src/index.js';
import { tmpProject } from '../support/tmp-project.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const consumer = tmpProject({ 'package.json': JSON.stringify({ name: 'uses-kblint', type: 'module', dependencies: { kblint: '*' } }) });
mkdirSync(path.join(consumer.dir, 'node_modules'));
symlinkSync(repo, path.join(consumer.dir, 'node_modules', 'kblint'), 'dir');

afterAll(() => consumer.remove());

describe('import("kblint") from a project that depends on it', () => {
  it('lintText resolves to the results model with one file', async () => {
    const { stdout } = await run(
      process.execPath,
      ['-e', "import('kblint').then(m => m.lintText('# T', { filePath: 'a.md' })).then(r => console.log(r.files.length))"],
      { cwd: consumer.dir },
    );
    expect(stdout).toBe('1\n');
  });

  it('lintFiles lints a folder with a config given as an object, as of a date', async () => {
    consumer.write('docs/old.md', '---\ntitle: Old\nupdated: 2020-01-01\n---\n\n# Old\n\nText.\n');
    const script = `import { lintFiles } from 'kblint';
const r = await lintFiles(['docs'], { now: '2026-06-01', offline: true, config: { freshness: { maxAgeDays: 30 } } });
console.log(JSON.stringify({ version: r.version, now: r.now, ids: r.files.flatMap((f) => f.messages.map((m) => m.ruleId)) }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toEqual({ version: 1, now: '2026-06-01', ids: ['stale-article'] });
  });
});

describe('the API in-process', () => {
  it('lintText judges the text as the file it names, without reading it', async () => {
    const results = await lintText('---\ntitle: T\nupdated: 2026-05-30\n---\n\n# T\n\nSee [the guide](missing.md).\n', {
      filePath: 'guides/a.md',
      cwd: consumer.dir,
      now: '2026-06-01',
    });
    expect(results.files.map((f) => f.path)).toEqual(['guides/a.md']);
    expect(results.files[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['broken-link', 8]]);
    expect(results.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
  });

  it('rejects an invalid config object with a ConfigError naming the key', async () => {
    await expect(lintText('# T', { config: { freshness: { maxAgeDays: 'soon' } } as never })).rejects.toThrow(/freshness\.maxAgeDays/);
  });

  it('lintFiles takes a single pattern and the results cache', async () => {
    const project = tmpProject({ 'a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\n# A\n\nText.\n' });
    try {
      const cold = await lintFiles('a.md', { cwd: project.dir, now: '2026-06-01', cache: true, jobs: 0 });
      const warm = await lintFiles('a.md', { cwd: project.dir, now: '2026-06-01', cache: { location: '.kblint/cache' }, jobs: 0 });
      expect(warm).toEqual(cold);
      expect(cold.files).toHaveLength(1);
    } finally {
      project.remove();
    }
  });
});
