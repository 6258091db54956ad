// Outputs: a closed pipe, atomic report files, a folder as --output.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/write-atomic.js';
import { REPO_ROOT, runKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

const bin = path.join(REPO_ROOT, 'bin/kblint.js');
let project: TmpProject;
// Enough findings that every format's report is far larger than a pipe buffer (64 KiB), in few
// enough files that kblint lints them in its main thread (a small run: no worker to start).
const ARTICLES = 60;
const LINKS_PER_ARTICLE = 20;

beforeAll(() => {
  const files: Record<string, string> = { 'kblint.config.json': '{"now": "2026-06-01"}' };
  for (let i = 0; i < ARTICLES; i++) {
    const links = Array.from({ length: LINKS_PER_ARTICLE }, (_, j) => `See [the guide](missing-${i}-${j}.md).`).join('\n');
    files[`docs/article-${i}.md`] = `# Article ${i}\n\n${links}\n`;
  }
  project = tmpProject(files);
});
afterAll(() => project.remove());

/** Run kblint and close its stdout after the first chunk, as `| head -1` does. */
function runClosingEarly(args: string[]): Promise<{ code: number | null; stderr: string; got: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: project.dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let got = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      got = chunk.length;
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, got }));
  });
}

describe('a closed pipe', () => {
  for (const format of ['text', 'json', 'github', 'sarif']) {
    it(`${format}: ends quietly with the run's own exit code`, async () => {
      const out = await runClosingEarly(['--offline', '-f', format, 'docs']);
      expect(out.got).toBeGreaterThan(0);
      expect(out.stderr).not.toMatch(/EPIPE|Error|internal error/);
      expect(out.code).toBe(1); // the findings' exit code, not a crash
    });
  }
});

describe('--output', () => {
  it('is a usage error (exit 2) when it names a folder', async () => {
    mkdirSync(path.join(project.dir, 'reports'), { recursive: true });
    for (const target of ['reports', 'new-folder/']) {
      const out = await runKblint(['--offline', '-o', target, 'docs'], { cwd: project.dir });
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/^kblint: --(output|format text:) .* (is|names) a folder; name a file to write the report to\n$/);
    }
  });

  it('replaces an earlier report whole and leaves no temp file behind', async () => {
    const target = path.join(project.dir, 'out', 'report.json');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'old report');
    const out = await runKblint(['--offline', '-f', 'json', '-o', 'out/report.json', 'docs'], { cwd: project.dir });
    expect(out.code).toBe(1);
    expect(JSON.parse(readFileSync(target, 'utf8')).summary.files).toBe(ARTICLES);
    expect(readdirSync(path.dirname(target))).toEqual(['report.json']);
  });

  it('SIGINT during a run leaves either the old report or a complete new one', async () => {
    const target = path.join(project.dir, 'out', 'interrupted.json');
    mkdirSync(path.dirname(target), { recursive: true });
    for (const delay of [150, 400, 700, 1000, 1400]) {
      writeFileSync(target, '{"old": true}\n');
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [bin, '--offline', '-f', 'json', '-o', target, 'docs'], { cwd: project.dir });
        const timer = setTimeout(() => child.kill('SIGINT'), delay);
        child.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const text = readFileSync(target, 'utf8');
      const parsed = JSON.parse(text) as { old?: boolean; summary?: { files: number } };
      expect(parsed.old === true || parsed.summary?.files === ARTICLES).toBe(true);
    }
  });
});

describe('writeFileAtomic', () => {
  it('keeps the old file and removes its temp file when the write fails', async () => {
    const dir = tmpProject({ 'keep.txt': 'old' });
    try {
      const target = path.join(dir.dir, 'keep.txt');
      await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir.dir)).toEqual(['keep.txt']);
      await writeFileAtomic(target, 'new');
      expect(readFileSync(target, 'utf8')).toBe('new');
      expect(readdirSync(dir.dir)).toEqual(['keep.txt']);
    } finally {
      dir.remove();
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes its temporary file when ${signal} ends the process mid-write, and the signal still ends it`, async () => {
      const dir = tmpProject({ 'keep.txt': 'old' });
      try {
        const target = path.join(dir.dir, 'keep.txt');
        const module = pathToFileURL(path.join(REPO_ROOT, 'dist/src/util/write-atomic.js')).href;
        // The child writes half the content, says so, and never finishes: the signal comes mid-write.
        const script = `const { writeFileAtomic } = await import(${JSON.stringify(module)});
await writeFileAtomic(${JSON.stringify(target)}, 'new content', { write: async (h) => { await h.write('new'); process.stdout.write('writing'); await new Promise(() => setInterval(() => {}, 1000)); } });`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        expect(readdirSync(dir.dir)).toHaveLength(2);
        child.kill(signal);
        expect(await ended).toBe(signal);
        expect(readdirSync(dir.dir)).toEqual(['keep.txt']);
        expect(readFileSync(target, 'utf8')).toBe('old');
      } finally {
        dir.remove();
      }
    });
  }
});
