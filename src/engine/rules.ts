// Which rules a run has: the built-in ones plus any remark-lint package the
// config names, with the config's rule blocks checked against them.
import type { ResolvedConfig } from '../config/schema.js';
import { ConfigError } from '../config/load.js';
import type { AnyRule } from '../model/rule.js';
import { builtInRules, LAZY_RULES } from '../../rules/index.js';
import { BUILT_IN_REMARK_LINT, isRemarkLintId, loadRemarkLintRule, remarkLintRule, type LintPlugin } from '../../rules/remark-lint/index.js';
import { configuredRuleIds, configuresOptions, validateRuleConfig } from './rule-settings.js';
import { packRule } from '../packs/rule.js';

/** Built-in rules plus any remark-lint package the config names. */
export async function loadRules(config: ResolvedConfig): Promise<Map<string, AnyRule>> {
  const rules = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));
  // YAML pack rules (`Pack.Rule`): read with the config (plain data, so workers get them too), run like any rule.
  for (const spec of config.packRules ?? []) rules.set(spec.id, packRule(spec));
  // A rule off by default loads its check (and the package it needs) only when the config names it.
  const named = new Set(configuredRuleIds(config));
  for (const { meta, load } of LAZY_RULES) {
    if (meta.defaultSeverity !== 'off' || named.has(meta.id)) rules.set(meta.id, (await load()).default);
  }
  // A default remark-lint rule given options runs as the package itself, which reads them.
  for (const { id, severity, load } of BUILT_IN_REMARK_LINT) {
    if (configuresOptions(config, id)) rules.set(id, remarkLintRule(id, (await load()).default as LintPlugin, severity));
  }
  for (const id of named) {
    if (rules.has(id) || !isRemarkLintId(id)) continue;
    try {
      rules.set(id, await loadRemarkLintRule(id, config.baseDir));
    } catch (error) {
      throw new ConfigError(
        `${config.filePath ?? 'config'}: rules: cannot load the remark-lint rule "${id}": ${(error as Error).message.split('\n')[0]} (is the package installed?)`,
      );
    }
  }
  validateRuleConfig(config, rules);
  return rules;
}
