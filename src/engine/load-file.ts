// Reading and parsing one file: the first step of the per-file job
// (file-job.ts). A pure function of (file contents, config, source choice).
import type { Article, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { loadArticles, SourceFormatError, type SourceChoice } from '../sources/index.js';
import { readTextFile } from './read.js';

/** One file read and parsed: its articles, or why it could not be. */
export interface LoadedFile {
  absolutePath: string;
  path: string;
  articles: Article[];
  error?: string;
  /** Where in the file the error is, when the reader knows (a truncated JSON export). */
  errorSpan?: Span;
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

/**
 * Real articles nest a few levels deep; a tree far deeper than this is built
 * to exhaust recursion in parsers and rules, and is refused up front.
 */
export const MAX_TREE_DEPTH = 500;

export async function loadFile(task: LoadTask): Promise<LoadedFile> {
  const { absolutePath, path } = task;
  const read = task.text !== undefined ? { ok: true as const, text: task.text } : await readTextFile(absolutePath);
  if (!read.ok) return { absolutePath, path, articles: [], error: read.reason };
  try {
    const file = { path, absolutePath, text: read.text };
    const articles = loadArticles(file, task.config, { source: task.source });
    for (const article of articles) {
      const depth = treeDepth(article.tree);
      if (depth > MAX_TREE_DEPTH) {
        return { absolutePath, path, articles: [], error: `the article nests ${depth} levels deep (lists or quotes); kblint reads at most ${MAX_TREE_DEPTH}` };
      }
    }
    return { absolutePath, path, articles };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { absolutePath, path, articles: [], error: `the article nests too deeply to read (more than ${MAX_TREE_DEPTH} levels of lists or quotes)` };
    }
    const errorSpan = error instanceof SourceFormatError ? error.span : undefined;
    return { absolutePath, path, articles: [], error: (error as Error).message, ...(errorSpan ? { errorSpan } : {}) };
  }
}

/** Deepest nesting of a syntax tree, measured without recursion. */
export function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: Array<[{ children?: unknown[] }, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_TREE_DEPTH) break;
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}
