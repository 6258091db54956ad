// Turning the paths, directories and globs on the command line into files.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { globby, isDynamicPattern } from 'globby';
import { UsageError } from './errors.js';

/** File endings read when a directory is named. */
export const ARTICLE_EXTENSIONS = ['md', 'markdown'];

export interface DiscoverOptions {
  patterns: string[];
  cwd: string;
  /** Extra ignore globs from config, relative to the cwd. */
  ignore?: string[];
  extensions?: string[];
}

/** Absolute paths, sorted, without duplicates. Throws UsageError naming the patterns that matched nothing. */
export async function discoverFiles(options: DiscoverOptions): Promise<string[]> {
  const extensions = options.extensions ?? ARTICLE_EXTENSIONS;
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const found = new Set<string>();
  const unmatched: string[] = [];
  const ignore = ['**/node_modules/**', '**/.git/**', ...(options.ignore ?? [])];
  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern);
    const kind = isDynamicPattern(pattern) ? null : await stat(absolute).catch(() => null);
    let matches: string[];
    if (kind?.isFile()) {
      // A file named outright is linted even if its extension is unusual.
      matches = [absolute];
    } else {
      const glob = kind?.isDirectory()
        ? `${toGlobPath(path.relative(options.cwd, absolute) || '.')}/**/*.{${extensions.join(',')}}`
        : toGlobPath(pattern);
      matches = await globby(glob, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        gitignore: true,
        ignoreFiles: ['**/.kblintignore'],
        ignore,
        followSymbolicLinks: false,
        expandDirectories: false,
      });
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) found.add(path.normalize(match));
  }
  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    throw new UsageError(
      `no article files matched ${list} (looked for .${extensions.join(', .')} files, ` +
        'skipping node_modules and what .gitignore and .kblintignore exclude)',
    );
  }
  return [...found].sort();
}

function toGlobPath(p: string): string {
  return p.split(path.sep).join('/');
}
