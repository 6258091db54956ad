// `extends`: a config builds on presets (`kblint:recommended`, `kblint:strict`),
// shareable configs from npm packages, or other files, merged in order: each
// base first, then the file that extends them. How values merge (README:
// Configuration › extends):
// - objects merge key by key, the later file winning;
// - `rules` merge per rule id; a severity alone keeps the options set earlier;
// - `overrides`, policies and `packs` are appended (later entries apply after,
//   so a later match wins); `ignore`, `links.exclude`, `links.allowStatus`,
//   `readability.allow` and `errorCodes.ignore` are unions;
// - other lists (`metadata.fields.*`, `links.site.baseUrl`, …) are replaced.
// File paths a shared config names (packs, a catalog, Zendesk names) are
// relative to that shared file; globs stay relative to the project's config.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError, readConfigFile } from './files.js';
import { PRESETS } from './presets.js';

export type RawConfig = Record<string, unknown>;

/** One config in the chain, validated on its own so messages name its file. */
export interface ConfigLayer {
  /** The file, or `kblint:strict` for a preset. */
  name: string;
  config: RawConfig;
}

/** Lists that are appended: later entries apply after earlier ones. */
const APPENDED = new Set(['overrides', 'packs', 'freshness.policies', 'readability.policies']);
/** Lists merged as sets. */
const UNIONS = new Set(['ignore', 'links.exclude', 'links.allowStatus', 'readability.allow', 'errorCodes.ignore']);
/** Paths relative to the file that names them. */
const FILE_PATHS = ['packs', 'errorCodes.catalog', 'sources.zendesk.sections', 'links.site.root', 'links.cache.path'];

/**
 * The chain of configs `root` extends, bases first and `root` last, each
 * without its `extends`. Throws ConfigError on a cycle or a base that cannot
 * be found or read.
 */
export async function extendsChain(root: RawConfig, rootName: string, rootFile: string | null, cwd: string): Promise<ConfigLayer[]> {
  const layers: ConfigLayer[] = [];
  const visit = async (config: RawConfig, name: string, file: string | null, trail: string[]): Promise<void> => {
    const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const base of bases) {
      if (typeof base !== 'string' || base.trim() === '') {
        throw new ConfigError(`${name}: extends: expected a preset name, a package or a file path, got ${JSON.stringify(base)}`);
      }
      const preset = PRESETS[base];
      if (base.startsWith('kblint:')) {
        if (!preset) throw new ConfigError(`${name}: extends: unknown preset "${base}" (kblint has ${Object.keys(PRESETS).join(', ')})`);
        if (trail.includes(base)) throw cycle([...trail, base]);
        await visit(structuredClone(preset), base, null, [...trail, base]);
        continue;
      }
      const baseFile = resolveBase(base, name, file, cwd);
      if (trail.includes(baseFile)) throw cycle([...trail, baseFile].map((f) => display(f, cwd)));
      const display_ = display(baseFile, cwd);
      const loaded = await readConfigFile(baseFile, display_);
      await visit(rebase(loaded, path.dirname(baseFile)), display_, baseFile, [...trail, baseFile]);
    }
    const { extends: _omit, ...own } = config;
    layers.push({ name, config: own });
  };
  await visit(root, rootName, rootFile, rootFile ? [rootFile] : []);
  return layers;
}

function cycle(trail: string[]): ConfigError {
  return new ConfigError(`extends makes a cycle: ${trail.join(' → ')}`);
}

function display(file: string, cwd: string): string {
  return path.relative(cwd, file) || file;
}

/** A relative path (`./base.json`) from the extending file's folder; a package name through Node's resolution from there. */
function resolveBase(base: string, name: string, file: string | null, cwd: string): string {
  const from = file ? path.dirname(file) : cwd;
  if (base.startsWith('.') || path.isAbsolute(base)) return path.resolve(from, base);
  const require = createRequire(path.join(from, 'noop.js'));
  try {
    return require.resolve(base);
  } catch {
    throw new ConfigError(`${name}: extends: cannot find the shareable config "${base}" (is the package installed? a file needs a path starting with ./)`);
  }
}

/** A shared config's file paths made absolute, so they stay relative to the file that wrote them. */
function rebase(config: RawConfig, dir: string): RawConfig {
  const copy = structuredClone(config);
  for (const dotted of FILE_PATHS) {
    const keys = dotted.split('.');
    let parent: unknown = copy;
    for (const key of keys.slice(0, -1)) parent = isPlainObject(parent) ? parent[key] : undefined;
    const last = keys.at(-1)!;
    if (!isPlainObject(parent)) continue;
    const value = parent[last];
    const absolute = (p: unknown) => (typeof p === 'string' ? path.resolve(dir, p) : p);
    if (Array.isArray(value)) parent[last] = value.map(absolute);
    else if (value !== undefined) parent[last] = absolute(value);
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merge validated layers in order (see the rules at the top of this file). */
export function mergeLayers(layers: readonly RawConfig[]): RawConfig {
  let merged: RawConfig = {};
  for (const layer of layers) merged = mergeValue(merged, layer, '') as RawConfig;
  return merged;
}

function mergeValue(base: unknown, next: unknown, at: string): unknown {
  if (next === undefined) return base;
  if (at === 'rules' || /^overrides\.\d+\.rules$/.test(at)) return mergeRules(base, next);
  if (Array.isArray(next)) {
    if (!Array.isArray(base)) return structuredClone(next);
    if (APPENDED.has(at)) return [...base, ...structuredClone(next)];
    if (UNIONS.has(at)) return [...new Set([...base, ...next])];
    return structuredClone(next);
  }
  if (isPlainObject(next) && isPlainObject(base)) {
    const out: RawConfig = { ...base };
    for (const [key, value] of Object.entries(next)) out[key] = mergeValue(base[key], value, at ? `${at}.${key}` : key);
    return out;
  }
  return structuredClone(next);
}

/** Per rule id; `"warning"` alone keeps the options an earlier config gave the rule. */
function mergeRules(base: unknown, next: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(next)) return structuredClone(next);
  const out: RawConfig = { ...base };
  for (const [id, entry] of Object.entries(next)) {
    const previous = base[id];
    const severityOnly = !Array.isArray(entry) || entry.length === 1;
    const severity = Array.isArray(entry) ? entry[0] : entry;
    out[id] = severityOnly && Array.isArray(previous) && previous.length > 1 ? [severity, previous[1]] : structuredClone(entry);
  }
  return out;
}
