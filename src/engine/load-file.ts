// Reading and parsing one file: the first step of the per-file job
// (file-job.ts). A pure function of (file contents, config, source choice).
import type { Article, LintMessage, Span } from '../model/types.js';
import { sourceMessage } from '../sources/common.js';
import type { ResolvedConfig } from '../config/schema.js';
import { EmptySourceError, loadArticles, prepareReaders, SourceFormatError, type SourceChoice } from '../sources/index.js';
import { readTextFile } from './read.js';
import { MAX_TREE_DEPTH, walkTree } from '../sources/walk.js';

/** One file read and parsed: its articles, or why it could not be. */
export interface LoadedFile {
  absolutePath: string;
  path: string;
  articles: Article[];
  error?: string;
  /** Where in the file the error is, when the reader knows (a truncated JSON export). */
  errorSpan?: Span;
  /** Findings about a file that was read but holds no articles (an empty export page). */
  fileMessages?: LintMessage[];
}

export interface LoadTask {
  absolutePath: string;
  /** Relative to the cwd, forward slashes. */
  path: string;
  config: ResolvedConfig;
  source?: SourceChoice;
  /** The text itself (`lintText`): nothing is read from disk. */
  text?: string;
}

export { MAX_TREE_DEPTH };

export async function loadFile(task: LoadTask): Promise<LoadedFile> {
  const { absolutePath, path } = task;
  const read = task.text !== undefined ? { ok: true as const, text: task.text } : await readTextFile(absolutePath);
  if (!read.ok) return { absolutePath, path, articles: [], error: read.reason };
  try {
    const file = { path, absolutePath, text: read.text };
    await prepareReaders(file, { source: task.source });
    const articles = loadArticles(file, task.config, { source: task.source });
    const nul = nulFinding(read.text);
    if (nul && articles[0]) articles[0].loadMessages.push(nul);
    // The depth guard is the article's tree walk, in the job (file-job.ts: tooDeep).
    return { absolutePath, path, articles };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { absolutePath, path, articles: [], error: `the article nests too deeply to read (more than ${MAX_TREE_DEPTH} levels of lists or quotes)` };
    }
    if (error instanceof EmptySourceError) return { absolutePath, path, articles: [], fileMessages: [sourceMessage(error.message, error.span)] };
    const errorSpan = error instanceof SourceFormatError ? error.span : undefined;
    return { absolutePath, path, articles: [], error: (error as Error).message, ...(errorSpan ? { errorSpan } : {}) };
  }
}

/**
 * A NUL byte is treated the same wherever it is: the file is still linted
 * (parsers read NUL as U+FFFD) and the first one is reported where it is.
 */
export function nulFinding(text: string): LintMessage | null {
  const first = text.indexOf('\0');
  if (first === -1) return null;
  let count = 0;
  for (let at = first; at !== -1; at = text.indexOf('\0', at + 1)) count++;
  const before = text.slice(0, first);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  const span = { start: { line, column }, end: { line, column: column + 1 } };
  const what = count === 1 ? 'a NUL byte' : `${count} NUL bytes (this is the first)`;
  return sourceMessage(`The file holds ${what}, which parsers read as U+FFFD; an article has no use for it.`, span);
}

/** Deepest nesting of a syntax tree (up to MAX_TREE_DEPTH + 1, where it stops counting). */
export function treeDepth(root: { children?: unknown[] }): number {
  return walkTree(root).depth;
}

/** Why a file is refused for nesting too deeply (`depth` from its tree walk). */
export function tooDeep(depth: number): string {
  return `the article nests ${depth} levels deep (lists or quotes); kblint reads at most ${MAX_TREE_DEPTH}`;
}
