// Reading and parsing one file: the per-file work that may run in a worker
// thread. A pure function of (file contents, config, source choice).
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
}

export async function loadFile(task: LoadTask): Promise<LoadedFile> {
  const { absolutePath, path } = task;
  const read = await readTextFile(absolutePath);
  if (!read.ok) return { absolutePath, path, articles: [], error: read.reason };
  try {
    const file = { path, absolutePath, text: read.text };
    return { absolutePath, path, articles: loadArticles(file, task.config, { source: task.source }) };
  } catch (error) {
    const errorSpan = error instanceof SourceFormatError ? error.span : undefined;
    return { absolutePath, path, articles: [], error: (error as Error).message, ...(errorSpan ? { errorSpan } : {}) };
  }
}
