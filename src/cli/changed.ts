// `--changed-since REF`: lint only the articles this branch added, modified or
// renamed since its merge base with REF (three-dot, so a moving base branch
// brings in nobody else's changes), plus unchanged articles that may link to
// an article the change deleted or renamed (only their broken links count).
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { LintResults } from '../model/types.js';
import { changesSince, fileAt } from '../engine/git.js';
import { summarize } from '../engine/check.js';

const real = (file: string): string => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};

export interface ChangedScope {
  ref: string;
  /** Decides which discovered files are linted. */
  filter: (absolutePath: string) => boolean;
  /** The changed articles' text at the merge base (null: added), by absolute path. */
  previous: Record<string, string | null>;
  /** Keeps only what the change can be blamed for in the articles linted for their links. */
  narrow: (results: LintResults) => LintResults;
  changedCount: number;
  removed: string[];
}

export async function changedScope(cwd: string, ref: string): Promise<ChangedScope> {
  const set = await changesSince(cwd, ref);
  const changed = new Set<string>();
  const previous: Record<string, string | null> = {};
  const removed: string[] = [];
  for (const change of set.changes) {
    if (change.status === 'deleted') {
      removed.push(change.path);
      continue;
    }
    const absolute = path.join(real(set.top), change.path);
    changed.add(absolute);
    if (change.status === 'renamed') removed.push(change.oldPath!);
    previous[absolute] = change.oldPath === undefined || change.status === 'copied' ? null : await fileAt(set.top, set.base, change.oldPath);
  }
  // A link to a removed article names its file: `reset-password.md`, `../faq/reset-password`.
  const names = removed.map((p) => path.posix.basename(p).replace(/\.[^.]+$/, '')).filter((n) => n.length > 0);
  const linkedOnly = new Set<string>();
  const filter = (absolutePath: string): boolean => {
    const resolved = real(absolutePath);
    if (changed.has(resolved)) {
      // Rules look articles up by the path discovery gave them.
      if (resolved !== absolutePath) previous[absolutePath] = previous[resolved] ?? null;
      return true;
    }
    if (names.length === 0) return false;
    let text: string;
    try {
      text = readFileSync(absolutePath, 'utf8');
    } catch {
      return false;
    }
    if (!names.some((name) => text.includes(name))) return false;
    linkedOnly.add(absolutePath);
    return true;
  };
  const aboutRemoved = (message: string) => names.some((name) => message.includes(name));
  const narrow = (results: LintResults): LintResults => {
    const files = results.files.map((file) =>
      linkedOnly.has(path.resolve(cwd, file.filePath))
        ? { ...file, messages: file.messages.filter((m) => m.ruleId === 'broken-link' && aboutRemoved(m.message)) }
        : file,
    );
    const suppressed = results.summary.suppressed;
    return { ...results, files, summary: { ...summarize(files), ...(suppressed === undefined ? {} : { suppressed }) } };
  };
  return { ref, filter, previous, narrow, changedCount: changed.size, removed };
}
