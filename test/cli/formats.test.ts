// `--format NAME[:FILE]`, repeated: several reports from one run.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint as kblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const stale = '---\ntitle: Old\nupdated: 2020-01-01\n---\n\n# Old\n\nText.\n';

describe('--format NAME[:FILE]', () => {
  it('prints one report and writes the others from the same run', async () => {
    project = tmpProject({ 'a.md': stale, 'kblint.config.json': '{ "now": "2026-06-01" }' });
    const { code, stdout } = await kblint(['.', '--format', 'github', '--format', 'sarif:out/kblint.sarif', '-f', 'json:report.json'], { cwd: project.dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=a\.md,/m);
    const sarif = JSON.parse(readFileSync(path.join(project.dir, 'out/kblint.sarif'), 'utf8'));
    const json = JSON.parse(readFileSync(path.join(project.dir, 'report.json'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(json.summary.errors).toBe(1);
  });

  it('sends a format without :FILE to --output', async () => {
    project = tmpProject({ 'a.md': stale, 'kblint.config.json': '{ "now": "2026-06-01" }' });
    const { stdout } = await kblint(['.', '-f', 'json', '-o', 'r.json', '-f', 'text:r.txt'], { cwd: project.dir });
    expect(stdout).toBe('');
    expect(readFileSync(path.join(project.dir, 'r.txt'), 'utf8')).toMatch(/a\.md/);
    expect(JSON.parse(readFileSync(path.join(project.dir, 'r.json'), 'utf8')).version).toBe(1);
  });

  it.each([
    [['-f', 'json', '-f', 'sarif'], /json and sarif would all print to stdout/],
    [['-f', 'json:r.json', '-f', 'sarif:r.json'], /two reports would be written to r\.json/],
    [['-f', 'json:sub'], /sub is a folder/],
    [['-f', 'json:'], /no file name after ":"/],
    [['-f', 'github,sarif'], /unknown format "github,sarif"/],
  ])('exits 2 before reading any article: %j', async (args, message) => {
    project = tmpProject({ 'a.md': stale });
    mkdirSync(path.join(project.dir, 'sub'));
    const { code, stderr, stdout } = await kblint(['.', ...args], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(existsSync(path.join(project.dir, 'r.json'))).toBe(false);
  });
});
