import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/engine/discover.js';
import { UsageError } from '../../src/engine/errors.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject;
afterEach(() => project?.remove());

const rel = (files: string[]) => files.map((f) => path.relative(project.dir, f).split(path.sep).join('/'));

describe('discoverFiles', () => {
  it('finds article extensions in any case (.MD, .Markdown, .HTML) and scans dot-folders, but not .git or node_modules', async () => {
    project = tmpProject({
      'docs/a.MD': '# A\n',
      'docs/b.Markdown': '# B\n',
      'docs/c.HTML': '<h1>C</h1>',
      'docs/.drafts/d.md': '# D\n',
      'docs/.git/e.md': '# E\n',
      'docs/node_modules/f.md': '# F\n',
      'docs/notes.txt': 'just notes, not a listing',
    });
    const found = await discoverFiles({ patterns: ['docs'], cwd: project.dir });
    expect(rel(found.files)).toEqual(['docs/.drafts/d.md', 'docs/a.MD', 'docs/b.Markdown', 'docs/c.HTML']);
    expect(found.unlintable).toEqual([]);
  });

  it('lints a file once, however many times and through however many links it is named', async () => {
    project = tmpProject({ 'docs/a.md': '# A\n', 'shared/s.md': '# S\n' });
    symlinkSync('a.md', path.join(project.dir, 'docs/alias.md'));
    symlinkSync('../shared/s.md', path.join(project.dir, 'docs/s-link.md'));
    const found = await discoverFiles({ patterns: ['docs', 'docs/a.md', './docs/a.md', 'docs/alias.md'], cwd: project.dir });
    // The direct name wins over a link; a file reached only by a link is named by its real path.
    expect(rel(found.files)).toEqual(['docs/a.md', 'shared/s.md']);
  });

  it('says why a dangling symlink or a symlink loop named outright is not linted, and names the loop once', async () => {
    project = tmpProject({ 'a.md': '# A\n' });
    symlinkSync('missing.md', path.join(project.dir, 'dangling.md'));
    symlinkSync('loop.md', path.join(project.dir, 'loop.md'));
    const found = await discoverFiles({ patterns: ['dangling.md', 'loop.md', '.'], cwd: project.dir });
    expect(rel(found.files)).toEqual(['a.md']);
    expect(found.notices.some((n) => n.startsWith('dangling.md is a symbolic link to a missing file'))).toBe(true);
    expect(found.unlintable.map((u) => [path.basename(u.absolutePath), u.reason])).toEqual([['loop.md', 'it is a symbolic link loop (the link leads back to itself)']]);
  });

  it('takes a name with a backslash or glob characters literally when such a file exists', async () => {
    project = tmpProject({ 'docs/back\\slash.md': '# B\n', 'docs/g[1].md': '# G\n', 'docs/g1.md': '# G1\n' });
    const literal = await discoverFiles({ patterns: ['docs/back\\slash.md', 'docs/g[1].md'], cwd: project.dir });
    expect(rel(literal.files)).toEqual(['docs/back\\slash.md', 'docs/g[1].md']);
    // Without such a file the name is a glob.
    const glob = await discoverFiles({ patterns: ['docs/g[0-9].md'], cwd: project.dir });
    expect(rel(glob.files)).toEqual(['docs/g1.md']);
  });

  it('honours .kblintignore, .gitignore and the config for a file named outright, with a notice; --no-ignore lints it', async () => {
    project = tmpProject({ '.kblintignore': 'drafts/\n', '.gitignore': 'build.md\n', 'drafts/x.md': '# X\n', 'build.md': '# B\n', 'old/y.md': '# Y\n', 'a.md': '# A\n' });
    const found = await discoverFiles({ patterns: ['drafts/x.md', 'build.md', 'old/y.md', 'a.md'], cwd: project.dir, ignore: ['old/**'] });
    expect(rel(found.files)).toEqual(['a.md']);
    expect(found.notices).toEqual([
      'drafts/x.md is ignored by .gitignore or .kblintignore; use --no-ignore to lint it',
      'build.md is ignored by .gitignore or .kblintignore; use --no-ignore to lint it',
      'old/y.md is ignored by the config\'s "ignore"; use --no-ignore to lint it',
    ]);
    const all = await discoverFiles({ patterns: ['drafts/x.md', 'build.md', 'old/y.md'], cwd: project.dir, ignore: ['old/**'], noIgnore: true });
    expect(rel(all.files)).toEqual(['build.md', 'drafts/x.md', 'old/y.md']);
    // Only ignored files named: not a usage error (lint-staged passes such lists).
    await expect(discoverFiles({ patterns: ['build.md'], cwd: project.dir })).resolves.toMatchObject({ files: [] });
  });

  it('reports a FIFO with an article name as a file that is not regular, without blocking on it', async () => {
    project = tmpProject({ 'a.md': '# A\n' });
    execFileSync('mkfifo', [path.join(project.dir, 'pipe.md')]);
    const found = await discoverFiles({ patterns: ['.', 'pipe.md'], cwd: project.dir });
    expect(rel(found.files)).toEqual(['a.md']);
    expect(found.unlintable.map((u) => [path.basename(u.absolutePath), u.reason])).toEqual([['pipe.md', 'it is a named pipe (FIFO), not a regular file']]);
  });

  it('still names patterns that matched nothing at all', async () => {
    project = tmpProject({ 'a.md': '# A\n' });
    await expect(discoverFiles({ patterns: ['nope/*.md', 'missing.md'], cwd: project.dir })).rejects.toThrow(UsageError);
  });
});

/** An unreadable folder only exists for a user without root's override: run as nobody when the tests run as root. */
function unprivileged(command: string[]): string[] {
  return process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
}

describe('an unreadable subfolder', () => {
  it('is one finding for that folder; the run goes on (exit 1, not 2)', () => {
    project = tmpProject({ 'docs/a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n# A\n\nText.\n', 'docs/locked/l.md': '# L\n' });
    chmodSync(project.dir, 0o755);
    chmodSync(path.join(project.dir, 'docs/locked'), 0o000);
    const [cmd, ...args] = unprivileged([process.execPath, path.resolve('bin/kblint.js'), '--offline', '--now', '2026-06-01', '--format', 'json', 'docs']);
    let stdout = '';
    let status = 0;
    try {
      stdout = execFileSync(cmd!, args, { cwd: project.dir, encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      stdout = e.stdout;
    }
    chmodSync(path.join(project.dir, 'docs/locked'), 0o755);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }> };
    expect(report.files.map((f) => f.path)).toEqual(['docs/a.md', 'docs/locked']);
    expect(report.files[1]!.messages).toMatchObject([{ ruleId: 'read-error', message: 'Cannot lint locked: cannot read the folder: permission denied.' }]);
  });
});

