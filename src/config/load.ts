// Finding, reading and validating the config file. Every failure is a
// ConfigError naming the file and the key, which the CLI turns into exit 2.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import YAML from 'yaml';
import type { z } from 'zod';
import { applyDefaults, configSchema, type ResolvedConfig, type ZendeskNames } from './schema.js';
import { zendeskNamesOf } from '../sources/platforms/zendesk.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const CONFIG_FILE_NAMES = [
  'kblint.config.json',
  'kblint.config.yaml',
  'kblint.config.yml',
  'kblint.config.mjs',
  'kblint.config.js',
  'package.json',
];

const loadYaml: Loader = (filePath, content) => {
  const doc = YAML.parseDocument(content, { schema: 'core', uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    throw new ConfigError(
      `${filePath}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${firstLine(first.message)}`,
    );
  }
  return doc.toJS();
};

const loadJson: Loader = (filePath, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ConfigError(`${filePath}: invalid JSON: ${(error as Error).message}`);
  }
};

const loadModule: Loader = async (filePath) => {
  const mod = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
  return mod.default;
};

const explorer = lilconfig('kblint', {
  searchPlaces: CONFIG_FILE_NAMES,
  loaders: {
    '.json': loadJson,
    '.yaml': loadYaml,
    '.yml': loadYaml,
    '.mjs': loadModule,
    '.js': loadModule,
  },
});

export interface LoadConfigOptions {
  /** An explicit `--config FILE`; otherwise the file is searched for. */
  configPath?: string;
  /** Where the upward search starts. */
  searchFrom: string;
  cwd: string;
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  let found: { config: unknown; filepath: string } | null;
  try {
    if (options.configPath) {
      const filePath = path.resolve(options.cwd, options.configPath);
      await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
        throw new ConfigError(`cannot read config file ${options.configPath}: ${error.code ?? error.message}`);
      });
      found = await explorer.load(filePath);
      if (path.basename(filePath) === 'package.json' && found) {
        found = { ...found, config: (found.config as Record<string, unknown> | undefined) ?? {} };
      }
    } else {
      found = await explorer.search(options.searchFrom);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot load config: ${(error as Error).message}`);
  }
  if (!found) return applyDefaults({}, options.cwd, null);
  const displayPath = path.relative(options.cwd, found.filepath) || found.filepath;
  const raw = found.config ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(displayPath, parsed.error.issues));
  }
  const resolved = applyDefaults(parsed.data, path.dirname(found.filepath), found.filepath);
  await attachZendeskNames(resolved, displayPath);
  return resolved;
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
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return `invalid config\n${issueLines(file, issues).map((l) => `  ${l}`).join('\n')}`;
}

/** One line per problem: `file: key.path: what is wrong`. */
export function issueLines(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const where = issue.path.length > 0 ? ` in ${at}` : '';
      return `${file}: unknown key ${keys}${where}`;
    }
    return `${file}: ${at}: ${issue.message}`;
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
