// `kblint print-config FILE`: the config one article gets, as JSON — the chain
// of configs merged, the rules that apply to the file (after overrides), and
// each article's freshness and readability limits (after policies).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { configRelativePath, describePolicy, resolvePolicies, toPosix } from '../config/policies.js';
import type { FreshnessPolicy, ResolvedConfig } from '../config/schema.js';
import { configSearchStart } from '../engine/lint.js';
import { loadRules } from '../engine/rules.js';
import { readTextFile } from '../engine/read.js';
import { resolveRuleSettings } from '../engine/rule-settings.js';
import { UsageError } from '../engine/errors.js';
import { loadArticles, prepareReaders, type SourceChoice } from '../sources/index.js';
import { readabilitySettings } from '../prose/settings.js';
import type { Article } from '../model/types.js';

export interface PrintConfigArgs {
  file: string;
  config?: string;
  source?: SourceChoice;
}

export async function printConfig(args: PrintConfigArgs, cwd: string): Promise<string> {
  const absolute = path.resolve(cwd, args.file);
  if (!(await stat(absolute).then((s) => s.isFile(), () => false))) throw new UsageError(`print-config needs an article file; "${args.file}" is not one`);
  const config = await loadConfig({ configPath: args.config, searchFrom: configSearchStart([args.file], cwd), cwd });
  const rules = await loadRules(config);
  const read = await readTextFile(absolute);
  if (!read.ok) throw new UsageError(`cannot read ${args.file}: ${read.reason}`);
  const relative = toPosix(path.relative(cwd, absolute));
  let articles: Article[];
  try {
    await prepareReaders({ absolutePath: absolute }, { source: args.source });
    articles = loadArticles({ path: relative, absolutePath: absolute, text: read.text }, config, { source: args.source });
  } catch (error) {
    throw new UsageError(`cannot read ${args.file} as an article: ${(error as Error).message}`);
  }
  const settings = resolveRuleSettings(config, rules, configRelativePath({ absolutePath: absolute }, config));
  const ruleTable = Object.fromEntries(
    [...settings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, s]) => [id, s.options === undefined ? s.severity : [s.severity, s.options]]),
  );
  const report = {
    file: relative,
    configFile: config.filePath ? toPosix(path.relative(cwd, config.filePath)) || config.filePath : null,
    configChain: config.configChain ?? [],
    rules: ruleTable,
    articles: articles.map((article) => ({
      key: article.key,
      category: article.metadata.category,
      freshness: freshnessFor(article, config),
      readability: readabilitySettings(article, config),
    })),
    config: publicConfig(config),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function freshnessFor(article: Article, config: ResolvedConfig) {
  const { values, source } = resolvePolicies<FreshnessPolicy, 'maxAgeDays' | 'warnAfterDays'>(
    { maxAgeDays: config.freshness.maxAgeDays, warnAfterDays: config.freshness.warnAfterDays },
    config.freshness.policies,
    ['maxAgeDays', 'warnAfterDays'],
    article,
    config,
  );
  const origin = (key: 'maxAgeDays' | 'warnAfterDays') => (source[key] ? `the ${describePolicy(source[key]!)}` : `freshness.${key}`);
  return { ...values, origin: { maxAgeDays: origin('maxAgeDays'), warnAfterDays: origin('warnAfterDays') } };
}

/** The resolved settings as a config file would write them (without what kblint attached at load). */
function publicConfig(config: ResolvedConfig): Record<string, unknown> {
  const { baseDir: _b, filePath: _f, configChain: _c, zendeskNames: _z, packRules: _p, ...rest } = config;
  return rest;
}
