// Turning the paths, directories and globs on the command line into files.
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { globby, isDynamicPattern } from 'globby';
import { UsageError } from './errors.js';
import { toPosix } from '../config/policies.js';
import { isJsonSource, isSniffedSource, sniffJson, type SourceChoice } from '../sources/detect.js';
import { MAX_FILE_BYTES } from './read.js';

/** File endings read when a directory is named. */
export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'html', 'htm'];
/**
 * Read in a directory scan only when their content is a listing or a Zendesk
 * export: most `.txt` and `.json` files in a docs folder are not articles.
 */
export const SNIFFED_EXTENSIONS = ['txt', 'json'];

export interface DiscoverOptions {
  patterns: string[];
  cwd: string;
  /** Extra ignore globs from config, relative to the cwd. */
  ignore?: string[];
  extensions?: string[];
  /** A forced reader (`--source listing`) takes every `.txt`/`.json` file of a directory without sniffing. */
  source?: SourceChoice;
  /** Told which `.json` files of a directory scan were skipped, and why. */
  onSkipped?: (skipped: Array<{ file: string; reason: string }>) => void;
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
      const sniffed = kind?.isDirectory() && !options.extensions ? SNIFFED_EXTENSIONS : [];
      const endings = [...extensions, ...sniffed];
      const glob = kind?.isDirectory()
        ? `${toPosix(path.relative(options.cwd, absolute) || '.')}/**/*.{${endings.join(',')}}`
        : toPosix(pattern);
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
      if (sniffed.length > 0) matches = await keepSources(matches, options.source, options.onSkipped);
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) found.add(path.normalize(match));
  }
  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    throw new UsageError(
      `no article files matched ${list} (looked for .${extensions.join(', .')} files, listing .txt and Zendesk .json exports, ` +
        'skipping node_modules and what .gitignore and .kblintignore exclude)',
    );
  }
  return [...found].sort();
}

/** Drop directory-scan `.txt`/`.json` files that are not listings or platform exports (JSON ones are named to `onSkipped`). */
async function keepSources(files: string[], source: SourceChoice | undefined, onSkipped?: DiscoverOptions['onSkipped']): Promise<string[]> {
  const kept: string[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  for (const file of files) {
    const extension = path.extname(file).slice(1).toLowerCase();
    if (!SNIFFED_EXTENSIONS.includes(extension)) {
      kept.push(file);
      continue;
    }
    if ((source === 'listing' && extension === 'txt') || (isJsonSource(source) && extension === 'json')) {
      kept.push(file);
      continue;
    }
    if (extension === 'json') {
      const verdict = await sniffJsonFile(file);
      if (verdict.keep) kept.push(file);
      else skipped.push({ file, reason: verdict.reason });
      continue;
    }
    if (isSniffedSource(file, await readHead(file))) kept.push(file);
  }
  if (skipped.length > 0) onSkipped?.(skipped);
  return kept;
}

/** A platform is told by the whole JSON value, so the whole file is read (a file too large to read is kept: its read-error says so). */
async function sniffJsonFile(file: string): Promise<{ keep: true } | { keep: false; reason: string }> {
  const size = await stat(file).then((s) => s.size).catch(() => 0);
  if (size > MAX_FILE_BYTES) return { keep: true };
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? { keep: true } : sniffJson(text);
}

async function readHead(file: string, bytes = 256 * 1024): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

