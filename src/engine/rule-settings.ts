// Which rules run on which file, at what severity, with what options:
// defaults, then `rules`, then each matching `overrides` entry in order.
import type { z } from 'zod';
import type { AnyRule as Rule } from '../model/rule.js';
import type { RuleSetting } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { ConfigError, issueLines } from '../config/load.js';
import { matchesGlob } from '../config/policies.js';
import { suggestion } from '../config/friendly.js';

export interface RuleSettingResolved {
  severity: RuleSetting;
  options: unknown;
}

type Entry = RuleSetting | [RuleSetting] | [RuleSetting, unknown];

function normalize(entry: Entry): RuleSettingResolved {
  return Array.isArray(entry) ? { severity: entry[0], options: entry[1] } : { severity: entry, options: undefined };
}

/** Every `rules` block in the config, with where it stands (for messages). */
function ruleBlocks(config: ResolvedConfig): { where: string; files?: string | string[]; rules: Record<string, Entry> }[] {
  const blocks: { where: string; files?: string | string[]; rules: Record<string, Entry> }[] = [];
  if (config.rules) blocks.push({ where: 'rules', rules: config.rules as Record<string, Entry> });
  (config.overrides ?? []).forEach((override, index) =>
    blocks.push({ where: `overrides.${index}.rules`, files: override.files, rules: override.rules as Record<string, Entry> }),
  );
  return blocks;
}

/** Rule ids the config names that are not registered (remark-lint packages aside). */
export function configuredRuleIds(config: ResolvedConfig): string[] {
  return [...new Set(ruleBlocks(config).flatMap((b) => Object.keys(b.rules)))];
}

/** Does any `rules` block give this rule options? */
export function configuresOptions(config: ResolvedConfig, id: string): boolean {
  return ruleBlocks(config).some((block) => {
    const entry = block.rules[id];
    return Array.isArray(entry) && entry.length > 1 && entry[1] !== undefined;
  });
}

/** Check every rule id and options block against the registry; throws ConfigError. */
export function validateRuleConfig(config: ResolvedConfig, rules: ReadonlyMap<string, Rule>): void {
  const file = config.filePath ?? 'config';
  const problems: string[] = [];
  for (const block of ruleBlocks(config)) {
    for (const [id, entry] of Object.entries(block.rules)) {
      const rule = rules.get(id);
      if (!rule) {
        problems.push(`${file}: ${block.where}: unknown rule "${id}"${suggestion(id, rules.keys())} (run \`kblint rules\` for the list)`);
        continue;
      }
      const { options } = normalize(entry);
      if (options === undefined) continue;
      if (!rule.meta.options) {
        problems.push(`${file}: ${block.where}.${id}: the rule takes no options`);
        continue;
      }
      const parsed = (rule.meta.options as z.ZodType).safeParse(options);
      if (!parsed.success) {
        problems.push(...issueLines(`${file}: ${block.where}.${id}`, parsed.error.issues));
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(`invalid config\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

// Settings depend only on which `overrides` blocks match a file, so files that
// match the same blocks share one resolved table: resolving (defaults through
// each rule's options schema) once per file cost CPU in every thread and kept
// tens of objects per article alive in the main thread.
const resolved = new WeakMap<
  ResolvedConfig,
  { blocks: ReturnType<typeof ruleBlocks>; tables: WeakMap<ReadonlyMap<string, Rule>, Map<string, ReadonlyMap<string, RuleSettingResolved>>> }
>();

/** The settings for one file, given its path relative to the config's folder. Shared between files: read, never change. */
export function resolveRuleSettings(
  config: ResolvedConfig,
  rules: ReadonlyMap<string, Rule>,
  relativePath: string,
): ReadonlyMap<string, RuleSettingResolved> {
  let known = resolved.get(config);
  if (!known) resolved.set(config, (known = { blocks: ruleBlocks(config), tables: new WeakMap() }));
  const matching = known.blocks.filter((block) => block.files === undefined || matchesGlob(block.files, relativePath));
  const signature = matching.map((block) => block.where).join('\n');
  let tables = known.tables.get(rules);
  if (!tables) known.tables.set(rules, (tables = new Map()));
  let table = tables.get(signature);
  if (!table) tables.set(signature, (table = resolveBlocks(rules, matching)));
  return table;
}

function resolveBlocks(rules: ReadonlyMap<string, Rule>, blocks: ReturnType<typeof ruleBlocks>): ReadonlyMap<string, RuleSettingResolved> {
  const settings = new Map<string, RuleSettingResolved>();
  for (const [id, rule] of rules) settings.set(id, { severity: rule.meta.defaultSeverity, options: undefined });
  for (const block of blocks) {
    for (const [id, entry] of Object.entries(block.rules)) {
      const next = normalize(entry);
      const previous = settings.get(id);
      // `"warning"` alone keeps options set earlier; `["warning", {...}]` replaces them.
      settings.set(id, { severity: next.severity, options: Array.isArray(entry) && entry.length > 1 ? next.options : previous?.options });
    }
  }
  for (const [id, setting] of settings) {
    const schema = rules.get(id)?.meta.options as z.ZodType | undefined;
    if (schema) settings.set(id, { ...setting, options: withDefaults(schema, setting.options) });
  }
  return settings;
}

/**
 * Options after the schema's defaults. With none given, a schema that accepts
 * `undefined` (remark-lint's pass-through) keeps it; an object schema gets `{}`
 * so its field defaults apply.
 */
function withDefaults(schema: z.ZodType, options: unknown): unknown {
  if (options !== undefined) return schema.parse(options);
  const bare = schema.safeParse(undefined);
  return bare.success ? bare.data : schema.parse({});
}
