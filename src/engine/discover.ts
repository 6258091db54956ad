// Turning the paths, directories and globs on the command line into files.
// Nothing is skipped silently: an unreadable folder, a symlink loop or a file
// that is not regular becomes a finding; a dangling symlink or an ignored file
// named outright becomes a notice.
import type { Dirent, Stats } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDynamicPattern, isIgnoredByIgnoreFiles } from 'globby';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';
import { toPosix } from '../config/policies.js';
import { isJsonSource, type SourceChoice } from '../sources/kinds.js';
import { MAX_FILE_BYTES } from './read.js';

/** File endings read when a directory is named (compared case-insensitively: `.MD` too). */
export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'html', 'htm'];
/**
 * Read in a directory scan only when their content is a listing or a Zendesk
 * export: most `.txt` and `.json` files in a docs folder are not articles.
 */
export const SNIFFED_EXTENSIONS = ['txt', 'json'];
/**
 * Never entered by a folder scan or a glob: version-control internals and
 * installed packages. Other dot-folders are scanned.
 */
export const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules']);
/** Ignore files read from the cwd down, in .gitignore syntax. */
export const IGNORE_FILES = ['**/.gitignore', '**/.kblintignore'];

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
  /** `--no-ignore`: lint what .gitignore, .kblintignore and the config's `ignore` exclude. */
  noIgnore?: boolean;
}

/** A path that was found but cannot be linted; the run reports it as that path's finding. */
export interface Unlintable {
  absolutePath: string;
  reason: string;
}

export interface Discovered {
  /** Absolute paths, sorted, each file once (however many names or links reach it). */
  files: string[];
  unlintable: Unlintable[];
  /** Why something named was not linted, for stderr. */
  notices: string[];
}

/** Throws UsageError naming the patterns that matched nothing (and found nothing to report). */
export async function discoverFiles(options: DiscoverOptions): Promise<Discovered> {
  const extensions = (options.extensions ?? ARTICLE_EXTENSIONS).map((e) => e.toLowerCase());
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const found = new FileSet(options.cwd);
  const skippedJson: Array<{ file: string; reason: string }> = [];
  const ignoredBy = options.noIgnore ? () => null : await ignorePredicate(options);
  const unmatched: string[] = [];

  for (const pattern of patterns) {
    const before = found.touched + found.unlintable.length + found.notices.length;
    const absolute = path.resolve(options.cwd, pattern);
    const entry = await lstat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (entry instanceof Error) {
      if ((entry.code === 'ENOENT' || entry.code === 'ENOTDIR') && isDynamicPattern(pattern)) {
        await walkGlob(pattern, options, found, ignoredBy);
      } else if (entry.code !== 'ENOENT' && entry.code !== 'ENOTDIR') {
        found.unlintable.push({ absolutePath: absolute, reason: `cannot read it: ${errorReason(entry)}` });
      }
    } else {
      // A name given outright is taken literally, even when it looks like a glob.
      const target = entry.isSymbolicLink() ? await followLink(absolute, pattern, found) : entry;
      if (target?.isDirectory()) {
        const accept = (file: string) => {
          const extension = path.extname(file).slice(1).toLowerCase();
          if (extensions.includes(extension)) return 'article';
          return !options.extensions && SNIFFED_EXTENSIONS.includes(extension) ? 'sniff' : false;
        };
        const sniff: Sniffed[] = [];
        await walk(absolute, accept, found, ignoredBy, sniff);
        for (const item of await keepSources(sniff, options.source, skippedJson)) await found.add(item.file, await stat(item.file), item.viaLink);
      } else if (target?.isFile()) {
        const why = ignoredBy(absolute, false);
        if (why) found.notices.push(`${pattern} is ignored by ${why}; use --no-ignore to lint it`);
        else await found.add(absolute, target, entry.isSymbolicLink());
      } else if (target) {
        found.unlintable.push({ absolutePath: absolute, reason: notRegular(target) });
      }
    }
    const after = found.touched + found.unlintable.length + found.notices.length;
    if (after === before) unmatched.push(pattern);
  }

  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    throw new UsageError(
      `no article files matched ${list} (looked for .${extensions.join(', .')} files, listing .txt and Zendesk .json exports, ` +
        `skipping ${[...SKIPPED_FOLDERS].join(', ')} and what .gitignore and .kblintignore exclude)`,
    );
  }
  if (skippedJson.length > 0) options.onSkipped?.(skippedJson);
  return { files: found.sorted(), unlintable: dedupeUnlintable(found.unlintable), notices: found.notices };
}

/** A `.txt`/`.json` file a folder scan found, kept only if its content is a listing or export. */
interface Sniffed {
  file: string;
  viaLink: boolean;
}

type Accept = (file: string) => 'article' | 'sniff' | false;
type IgnoredBy = (absolute: string, isFolder: boolean) => string | null;

/** Files by identity (device and inode), so a file named twice or through a link is linted once. */
class FileSet {
  private readonly byIdentity = new Map<string, { path: string; viaLink: boolean }>();
  readonly unlintable: Unlintable[] = [];
  readonly notices: string[] = [];
  /** Every file added, duplicates included: whether a pattern matched anything. */
  touched = 0;
  private readonly realCwd: Promise<string>;

  constructor(readonly cwd: string) {
    this.realCwd = realpath(cwd).catch(() => cwd);
  }

  /** `viaLink`: reached through a symbolic link, so it is named by its real path unless also named directly. */
  async add(absolute: string, stats: Stats, viaLink: boolean): Promise<void> {
    this.touched++;
    const identity = `${stats.dev}:${stats.ino}`;
    const existing = this.byIdentity.get(identity);
    if (existing && (existing.viaLink === false || viaLink)) return;
    this.byIdentity.set(identity, { path: viaLink ? await this.realName(absolute) : path.normalize(absolute), viaLink });
  }

  sorted(): string[] {
    return [...this.byIdentity.values()].map((entry) => entry.path).sort();
  }

  /** The real path, expressed under the cwd as given when it lies inside it (the cwd may itself be reached by a link). */
  private async realName(file: string): Promise<string> {
    const real = await realpath(file).catch(() => path.normalize(file));
    const realCwd = await this.realCwd;
    const inside = path.relative(realCwd, real);
    return inside.startsWith('..') || path.isAbsolute(inside) ? real : path.join(this.cwd, inside);
  }
}

/** What a symbolic link named outright points at, or null after saying why it cannot be followed. */
async function followLink(absolute: string, name: string, found: FileSet): Promise<Stats | null> {
  try {
    return await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') found.notices.push(`${name} is a symbolic link to a missing file; nothing to lint there`);
    else found.unlintable.push({ absolutePath: absolute, reason: linkReason(error as NodeJS.ErrnoException) });
    return null;
  }
}

function linkReason(error: NodeJS.ErrnoException): string {
  return error.code === 'ELOOP' ? 'it is a symbolic link loop (the link leads back to itself)' : `cannot follow the symbolic link: ${errorReason(error)}`;
}

/** A folder scan without recursion: unreadable folders are findings, links are followed once. */
async function walk(root: string, accept: Accept, found: FileSet, ignoredBy: IgnoredBy, sniff: Sniffed[], viaLink = false): Promise<void> {
  const realRoot = await realpath(root).catch(() => root);
  const visited = new Set([realRoot]);
  const stack: Array<{ dir: string; viaLink: boolean }> = [{ dir: root, viaLink }];
  while (stack.length > 0) {
    const { dir, viaLink: linked } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      found.unlintable.push({ absolutePath: dir, reason: `cannot read the folder: ${errorReason(error as NodeJS.ErrnoException)}` });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !ignoredBy(full, true)) stack.push({ dir: full, viaLink: linked });
        continue;
      }
      let stats: Stats | null = null;
      if (entry.isSymbolicLink()) {
        try {
          stats = await stat(full);
        } catch (error) {
          if (!accept(full) || ignoredBy(full, false)) continue;
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') found.notices.push(`${toPosix(path.relative(found.cwd, full))} is a symbolic link to a missing file; skipped`);
          else found.unlintable.push({ absolutePath: full, reason: linkReason(error as NodeJS.ErrnoException) });
          continue;
        }
        if (stats.isDirectory()) {
          const real = await realpath(full).catch(() => full);
          // A link back into a folder this scan already covers adds nothing (and may be a cycle).
          const inside = !path.relative(realRoot, real).startsWith('..') && !path.isAbsolute(path.relative(realRoot, real));
          if (inside || visited.has(real) || SKIPPED_FOLDERS.has(entry.name) || ignoredBy(full, true)) continue;
          visited.add(real);
          stack.push({ dir: full, viaLink: true });
          continue;
        }
      }
      const kind = accept(full);
      if (!kind || ignoredBy(full, false)) continue;
      if (!entry.isFile() && !stats?.isFile()) {
        found.unlintable.push({ absolutePath: full, reason: stats ? notRegular(stats) : notRegularEntry(entry) });
        continue;
      }
      if (kind === 'sniff') sniff.push({ file: full, viaLink: linked || entry.isSymbolicLink() });
      else await found.add(full, stats ?? (await stat(full)), linked || entry.isSymbolicLink());
    }
  }
}

/** A glob: walk from its static base, keep files whose cwd-relative path matches. */
async function walkGlob(pattern: string, options: DiscoverOptions, found: FileSet, ignoredBy: IgnoredBy): Promise<void> {
  const posix = toPosix(pattern).replace(/^\.\//, '');
  const absolutePattern = path.isAbsolute(pattern);
  const { base } = picomatch.scan(posix);
  const root = path.resolve(options.cwd, base || '.');
  const rootStats = await stat(root).catch(() => null);
  if (!rootStats?.isDirectory()) return;
  const matches = picomatch(posix, { dot: true });
  const accept: Accept = (file) => (matches(absolutePattern ? toPosix(file) : toPosix(path.relative(options.cwd, file))) ? 'article' : false);
  await walk(root, accept, found, ignoredBy, []);
}

/** Which ignore source excludes a path (for the notice), or null. */
async function ignorePredicate(options: DiscoverOptions): Promise<IgnoredBy> {
  const byFiles = await isIgnoredByIgnoreFiles(IGNORE_FILES, {
    cwd: options.cwd,
    suppressErrors: true, // an unreadable folder is reported by the scan itself
    ignore: [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`),
  });
  const configGlobs = options.ignore ?? [];
  const byConfig = configGlobs.length > 0 ? picomatch(configGlobs, { dot: true }) : () => false;
  return (absolute, isFolder) => {
    const relative = toPosix(path.relative(options.cwd, absolute));
    if (byFiles(isFolder ? `${absolute}${path.sep}` : absolute)) return '.gitignore or .kblintignore';
    if (!relative.startsWith('..') && byConfig(isFolder ? `${relative}/` : relative)) return 'the config\'s "ignore"';
    return null;
  };
}

function notRegular(stats: Stats): string {
  const what = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a file';
  return `it is ${what}, not a regular file`;
}

function notRegularEntry(entry: Dirent): string {
  const what = entry.isFIFO() ? 'a named pipe (FIFO)' : entry.isSocket() ? 'a socket' : entry.isCharacterDevice() || entry.isBlockDevice() ? 'a device' : 'not a file';
  return `it is ${what}, not a regular file`;
}

function errorReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'ELOOP') return 'a symbolic link loop';
  return error.code ?? error.message;
}

/** A loop reached by several names is reported once, under its first name. */
function dedupeUnlintable(items: Unlintable[]): Unlintable[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = path.normalize(item.absolutePath);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drop directory-scan `.txt`/`.json` files that are not listings or Zendesk exports. */
async function keepSources(items: Sniffed[], source: SourceChoice | undefined, skippedJson: Array<{ file: string; reason: string }>): Promise<Sniffed[]> {
  const kept: Sniffed[] = [];
  for (const item of items) {
    const file = item.file;
    const extension = path.extname(file).slice(1).toLowerCase();
    if ((source === 'listing' && extension === 'txt') || (isJsonSource(source) && extension === 'json')) {
      kept.push(item);
      continue;
    }
    // The detectors (and the platform readers they ask) load only when a scan meets such a file.
    const { isSniffedSource, sniffJson } = await import('../sources/detect.js');
    if (extension === 'json') {
      const verdict = await sniffJsonFile(file, sniffJson);
      if (verdict.keep) kept.push(item);
      else skippedJson.push({ file, reason: verdict.reason });
      continue;
    }
    if (isSniffedSource(file, await readHead(file))) kept.push(item);
  }
  return kept;
}

/** A platform is told by the whole JSON value, so the whole file is read (a file too large to read is kept: its read-error says so). */
async function sniffJsonFile(file: string, sniffJson: (text: string) => { keep: true } | { keep: false; reason: string }): Promise<{ keep: true } | { keep: false; reason: string }> {
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
