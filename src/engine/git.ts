// The few git questions kblint asks: where the repository's root is, what
// changed since a merge base, and a file as it was there. Read-only.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UsageError } from './errors.js';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/** The repository's top-level folder, or null outside a work tree (or without git). */
export async function gitTopLevel(cwd: string): Promise<string | null> {
  try {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    return top === '' ? null : top;
  } catch {
    return null;
  }
}

export interface Change {
  status: 'added' | 'modified' | 'renamed' | 'deleted' | 'copied' | 'type-changed';
  /** Repository-relative, forward slashes: the path now (the old path for a deletion). */
  path: string;
  /** The path at the merge base, for modified, renamed and deleted files. */
  oldPath?: string;
}

export interface ChangeSet {
  top: string;
  ref: string;
  /** The merge base of REF and HEAD (three-dot: only this branch's own changes). */
  base: string;
  changes: Change[];
}

/**
 * What changed between the merge base of `ref` and HEAD and the working tree
 * as it is now (committed or not). Throws UsageError outside a repository or
 * for a ref git does not know.
 */
export async function changesSince(cwd: string, ref: string): Promise<ChangeSet> {
  const top = await gitTopLevel(cwd);
  if (top === null) throw new UsageError(`--changed-since ${ref}: ${cwd} is not inside a git repository`);
  try {
    await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since: git does not know the ref "${ref}" (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, '')} with fetch-depth: 0)`);
  }
  let base: string;
  try {
    base = (await git(top, ['merge-base', ref, 'HEAD'])).trim();
  } catch {
    throw new UsageError(`--changed-since ${ref}: it has no merge base with HEAD (a shallow clone? check out with fetch-depth: 0)`);
  }
  const out = await git(top, ['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', base, '--']);
  const untracked = await git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  const changes = parseNameStatus(out);
  for (const file of untracked.split('\0').filter(Boolean)) changes.push({ status: 'added', path: file });
  return { top, ref, base, changes };
}

const STATUS: Record<string, Change['status']> = { A: 'added', M: 'modified', R: 'renamed', D: 'deleted', C: 'copied', T: 'type-changed' };

/** `git diff --name-status -z`: STATUS\0path\0 (renames and copies: STATUS\0old\0new\0). */
export function parseNameStatus(out: string): Change[] {
  const fields = out.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < fields.length && fields[i] !== ''; ) {
    const code = fields[i]![0]!;
    const status = STATUS[code] ?? 'modified';
    if (code === 'R' || code === 'C') {
      changes.push({ status, oldPath: fields[i + 1]!, path: fields[i + 2]! });
      i += 3;
    } else {
      changes.push({ status, path: fields[i + 1]!, ...(code === 'A' ? {} : { oldPath: fields[i + 1]! }) });
      i += 2;
    }
  }
  return changes;
}

/** A file's text at a commit, or null when it did not exist there. */
export async function fileAt(top: string, commit: string, repoPath: string): Promise<string | null> {
  try {
    return await git(top, ['show', `${commit}:${repoPath}`]);
  } catch {
    return null;
  }
}
