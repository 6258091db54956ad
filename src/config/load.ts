// Loading the config: find the file (files.ts), read it and the configs it
// extends (extends.ts), validate each on its own so every message names the
// file it is in, merge them, apply defaults. Every failure is a ConfigError
// naming the file and the key, which the CLI turns into exit 2.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { applyDefaults, configSchema, SEVERITY_ACCEPTED, type ResolvedConfig, type UserConfig, type ZendeskNames } from './schema.js';
import { ConfigError, findConfigFile, readConfigFile } from './files.js';
import { extendsChain, mergeLayers, type ConfigLayer } from './extends.js';
import { keysAt, suggestion } from './friendly.js';
import { zendeskNamesOf } from './zendesk-names.js';
import { readPacks } from './packs.js';

export { ConfigError, CONFIG_FILE_NAMES } from './files.js';

export interface LoadConfigOptions {
  /** An explicit `--config FILE`; otherwise the file is searched for. */
  configPath?: string;
  /** Where the upward search starts. */
  searchFrom: string;
  cwd: string;
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  let file: string | null;
  if (options.configPath) {
    file = path.resolve(options.cwd, options.configPath);
    const found = await stat(file).then((s) => s.isFile(), (error: NodeJS.ErrnoException) => error.code ?? error.message);
    if (found !== true) throw new ConfigError(`cannot read config file ${options.configPath}: ${found === false ? 'not a file' : found}`);
  } else {
    file = await findConfigFile(options.searchFrom, options.cwd);
  }
  if (!file) return applyDefaults({}, options.cwd, null);
  const displayPath = path.relative(options.cwd, file) || file;
  const raw = await readConfigFile(file, displayPath);
  const layers = await extendsChain(raw, displayPath, file, options.cwd);
  const merged = mergeLayers(layers.map(validateLayer));
  const resolved = applyDefaults(merged as UserConfig, path.dirname(file), file);
  resolved.configChain = layers.map((l) => l.name);
  await attachZendeskNames(resolved, displayPath);
  if (resolved.packs && resolved.packs.length > 0) resolved.packRules = await readPacks(resolved.packs, resolved.baseDir, displayPath, options.cwd);
  return resolved;
}

/** One config of the chain against the schema: its own problems, named by its file. */
function validateLayer(layer: ConfigLayer): Record<string, unknown> {
  const parsed = configSchema.safeParse(layer.config);
  if (!parsed.success) throw new ConfigError(describeIssues(layer.name, parsed.error.issues, layer.config));
  return parsed.data as Record<string, unknown>;
}

/** Read the files `sources.zendesk.sections` names into section/category names (plain data, so workers get it). */
async function attachZendeskNames(config: ResolvedConfig, displayPath: string): Promise<void> {
  const configured = config.sources?.zendesk?.sections;
  if (configured === undefined) return;
  const names: ZendeskNames = { sections: {}, categories: {} };
  for (const file of Array.isArray(configured) ? configured : [configured]) {
    const absolute = path.resolve(config.baseDir, file);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(absolute, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ConfigError(`${displayPath}: sources.zendesk.sections: cannot read "${file}": ${reason}`);
    }
    const found = zendeskNamesOf(value);
    if (Object.keys(found.sections).length === 0 && Object.keys(found.categories).length === 0) {
      throw new ConfigError(`${displayPath}: sources.zendesk.sections: "${file}" holds no "sections" or "categories" list with names`);
    }
    Object.assign(names.sections, found.sections);
    Object.assign(names.categories, found.categories);
  }
  config.zendeskNames = names;
}

/** The whole message for a config that fails validation. */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], input?: unknown): string {
  return `invalid config\n${issueLines(file, issues, input === undefined ? undefined : { schema: configSchema, input }).map((l) => `  ${l}`).join('\n')}`;
}

/**
 * One line per problem: `file: key.path: what is wrong`. Given the schema and
 * the input, an unknown key or a misspelt severity gets a "did you mean".
 */
export function issueLines(file: string, issues: readonly z.core.$ZodIssue[], context?: { schema: z.core.$ZodType; input: unknown }): string[] {
  return issues.map((issue) => {
    const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const known = context ? keysAt(context.schema, issue.path) : [];
      const where = issue.path.length > 0 ? ` in ${at}` : '';
      if (issue.keys.length === 1) return `${file}: unknown key "${issue.keys[0]}"${where}${suggestion(issue.keys[0]!, known)}`;
      return `${file}: unknown keys${where}: ${issue.keys.map((k) => `"${k}"${suggestion(k, known)}`).join(', ')}`;
    }
    const value = context ? valueAt(context.input, issue.path) : undefined;
    if (issue.message.includes(SEVERITY_ACCEPTED) && typeof value === 'string') {
      return `${file}: ${at}: "${value}" is not a severity${suggestion(value, ['off', 'info', 'warning', 'warn', 'error'])}; use ${SEVERITY_ACCEPTED}`;
    }
    return `${file}: ${at}: ${issue.message}`;
  });
}

function valueAt(input: unknown, keys: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  // A rule entry's severity is the entry itself or its first item.
  return Array.isArray(current) ? current[0] : current;
}
