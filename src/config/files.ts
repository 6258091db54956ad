// Finding and reading config files, by the conventions of cosmiconfig and
// lilconfig: `kblint.config.*`, `.kblintrc` (JSON or YAML), `.kblintrc.*`,
// `.config/kblintrc*` and `package.json#kblint`, searched upward from where the
// linted paths are. Two config files in one folder are an error naming both,
// and a file that is there but says nothing (empty, `null`, no default export)
// is an error naming it: neither is ever skipped for a parent folder's config.
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describeYamlError, parseYaml } from '../util/yaml.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const EXTENSIONS = ['json', 'jsonc', 'yaml', 'yml', 'js', 'mjs', 'cjs'];

/** Every place a config may be, relative to a folder. */
export const CONFIG_FILE_NAMES = [
  'package.json',
  '.kblintrc',
  ...EXTENSIONS.map((ext) => `.kblintrc.${ext}`),
  '.config/kblintrc',
  ...EXTENSIONS.map((ext) => `.config/kblintrc.${ext}`),
  ...EXTENSIONS.map((ext) => `kblint.config.${ext}`),
];

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** The config files in one folder (package.json only when it has a "kblint" key). */
async function configFilesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    if (!(await isFile(file))) continue;
    if (name === 'package.json') {
      const manifest = await readFile(file, 'utf8').then((t) => JSON.parse(t) as unknown, () => null);
      if (typeof manifest !== 'object' || manifest === null || !('kblint' in manifest)) continue;
    }
    found.push(file);
  }
  return found;
}

/**
 * The config file for a search starting at `from`: the first folder (going up,
 * to the home folder or the file system's root) that holds one.
 */
export async function findConfigFile(from: string, cwd: string): Promise<string | null> {
  const stop = homedir();
  let dir = path.resolve(from);
  for (;;) {
    const found = await configFilesIn(dir);
    if (found.length > 1) {
      const names = found.map((f) => path.relative(cwd, f) || f);
      throw new ConfigError(`two config files in one folder: ${names.join(' and ')}; keep one (kblint would not know which to read)`);
    }
    if (found.length === 1) return found[0]!;
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return null;
    dir = parent;
  }
}

/** How a config file is read, by its name. */
function formatOf(file: string): 'json' | 'yaml' | 'module' | 'rc' | 'package' {
  const base = path.basename(file);
  if (base === 'package.json') return 'package';
  const ext = path.extname(base).slice(1).toLowerCase();
  if (ext === 'json' || ext === 'jsonc') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'js' || ext === 'mjs' || ext === 'cjs') return 'module';
  return 'rc';
}

/**
 * A config file's content as a plain object. Throws ConfigError naming the
 * file (and line) for unreadable, invalid, empty or non-object content.
 */
export async function readConfigFile(file: string, displayPath: string): Promise<Record<string, unknown>> {
  const format = formatOf(file);
  let value: unknown;
  if (format === 'module') {
    value = await loadModule(file, displayPath);
  } else {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(`cannot read config file ${displayPath}: ${error.code ?? error.message}`);
    });
    if (format === 'package') {
      const manifest = parseJsonText(text, displayPath) as Record<string, unknown> | undefined;
      if (!manifest || !('kblint' in manifest)) throw new ConfigError(`${displayPath}: has no "kblint" key to read the config from`);
      value = manifest.kblint;
      if (value === null) throw new ConfigError(`${displayPath}: "kblint" is null; give it the config object, or remove the key`);
    } else if (format === 'json' || (format === 'rc' && /^\s*[{[]/.test(stripComments(text)))) {
      value = parseJsonText(text, displayPath);
    } else {
      value = parseYamlText(text, displayPath);
    }
  }
  if (value === undefined || value === null) {
    throw new ConfigError(`${displayPath}: the config holds no settings (it is empty or null); write {} to use the defaults, or delete the file`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${displayPath}: the config must be an object of settings, not ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  return value as Record<string, unknown>;
}

function stripComments(text: string): string {
  return text.replace(/^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|#[^\n]*\n))*/, '');
}

/** JSON, with comments and trailing commas (as tsconfig and VS Code settings allow). */
function parseJsonText(text: string, displayPath: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    throw new ConfigError(`${displayPath}:${before.length}:${before.at(-1)!.length + 1}: invalid JSON: ${describeJsonError(printParseErrorCode(first.error))}`);
  }
  return value;
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function parseYamlText(text: string, displayPath: string): unknown {
  const { value, error } = parseYaml(text);
  if (error) throw new ConfigError(describeYamlError(displayPath, error));
  return value;
}

async function loadModule(file: string, displayPath: string): Promise<unknown> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${displayPath}: the config module failed to load: ${message}`);
  }
  if (!('default' in mod)) {
    throw new ConfigError(`${displayPath}: the config module has no default export; write \`export default { … }\` (or \`module.exports = { … }\`)`);
  }
  return mod.default;
}
