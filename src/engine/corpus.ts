// The corpus phase of a run: corpus facts from every article's shipped facts,
// then the corpus rules on each article's summary, then its inline comments.
// `lint` runs it after the jobs; `kblint merge` runs it on the articles of
// every shard report.
import type { ResolvedConfig } from '../config/schema.js';
import { configRelativePath } from '../config/policies.js';
import type { CorpusFact, CorpusFactBuilder } from '../model/facts.js';
import { rulePhase, type AnyRule } from '../model/rule.js';
import type { FileResult, IsoDate, LintMessage } from '../model/types.js';
import { finishArticle, readErrorResult, ruleError, runRule, type RuleRun } from './check.js';
import { corpusReader, describeThrown, ShippedFacts, type CorpusValue, type RunFacts } from './facts.js';
import type { ArticleOutcome, FileOutcome } from './outcome.js';
import { resolveRuleSettings, type RuleSettingResolved } from './rule-settings.js';

export type RuleEntry = [id: string, rule: AnyRule];

/** Whether any file of the run may have this rule on: its default, or a rules block that sets it. */
function mayRun(id: string, rule: AnyRule, config: ResolvedConfig): boolean {
  if (rule.meta.defaultSeverity !== 'off') return true;
  const blocks = [config.rules ?? {}, ...(config.overrides ?? []).map((o) => o.rules ?? {})] as Record<string, unknown>[];
  return blocks.some((block) => {
    const entry = block[id];
    const severity = Array.isArray(entry) ? entry[0] : entry;
    return severity !== undefined && severity !== 'off';
  });
}

/** The corpus rules some article of the run may have on, in the registry's order. */
export function corpusRulesOf(rules: ReadonlyMap<string, AnyRule>, config: ResolvedConfig): RuleEntry[] {
  return [...rules].filter(([id, rule]) => rulePhase(rule) === 'corpus' && mayRun(id, rule, config));
}

/** The corpus facts these rules read, each once, in the order the rules name them. */
export function corpusFactsOf(rules: readonly RuleEntry[]): CorpusFact<unknown>[] {
  const facts = new Set<CorpusFact<unknown>>();
  for (const [, rule] of rules) for (const fact of rule.meta.uses ?? []) if (fact.scope === 'corpus') facts.add(fact);
  return [...facts];
}

/** A rule a shard can run alone: every corpus fact it reads is built from a shard's own articles. */
export function runsInShard(rule: AnyRule): boolean {
  return (rule.meta.uses ?? []).every((fact) => fact.scope !== 'corpus' || fact.shardable !== undefined);
}

export interface CorpusRun {
  config: ResolvedConfig;
  now: IsoDate;
  cwd: string;
  rules: ReadonlyMap<string, AnyRule>;
  runFacts: RunFacts;
}

/**
 * One corpus phase. Articles arrive (in any order) as their jobs finish;
 * `finish` adds them in the run's order and builds the facts; `results` runs
 * the rules. Facts given in `given` (a merge's joined shard parts) are not built.
 */
export class CorpusPhase {
  private readonly builders = new Map<CorpusFact<unknown>, CorpusFactBuilder<unknown>>();
  private readonly settings = new Map<ArticleOutcome, ReadonlyMap<string, RuleSettingResolved>>();
  private readonly shipped = new Map<ArticleOutcome, ShippedFacts>();
  private readonly values = new Map<CorpusFact<unknown>, CorpusValue>();

  constructor(
    private readonly run: CorpusRun,
    /** The run's corpus rules (`corpusRulesOf`). */
    private readonly corpusRules: readonly RuleEntry[],
    options: {
      /** Which of their facts to build (a shard: only the shardable ones); default all. */
      build?: (fact: CorpusFact<unknown>) => boolean;
      /** Facts already built (a merge: the shards' parts joined). */
      given?: ReadonlyMap<CorpusFact<unknown>, CorpusValue>;
    } = {},
  ) {
    for (const [fact, value] of options.given ?? []) this.values.set(fact, value);
    for (const fact of corpusFactsOf(corpusRules)) {
      if (this.values.has(fact) || !(options.build?.(fact) ?? true)) continue;
      this.builders.set(fact, fact.start(run.runFacts.input, run.runFacts));
    }
  }

  /** Whether a rule enabled on the article reads the fact (external links are checked only for those). */
  private checkedBy(settings: ReadonlyMap<string, RuleSettingResolved>, fact: CorpusFact<unknown>): boolean {
    return this.corpusRules.some(([id, rule]) => settings.get(id) !== undefined && settings.get(id)?.severity !== 'off' && (rule.meta.uses ?? []).includes(fact));
  }

  /** A file's articles reached the main thread: their settings, their facts, the head start of the corpus facts. */
  arrive(outcome: FileOutcome): void {
    for (const article of outcome.articles) {
      const settings = resolveRuleSettings(this.run.config, this.run.rules, configRelativePath(article.summary, this.run.config));
      this.settings.set(article, settings);
      const facts = new ShippedFacts(this.run.runFacts, article.facts, article.factFailures);
      this.shipped.set(article, facts);
      for (const [fact, builder] of this.builders) {
        try {
          builder.arrive?.(article.summary, facts, this.checkedBy(settings, fact));
        } catch {
          // Only a head start: `add` and `finish` do the same work in full and report failures.
        }
      }
    }
  }

  /** Every article in the run's order into the facts, then the facts built (I/O allowed). */
  async finish(ordered: readonly FileOutcome[], onArticle?: (article: ArticleOutcome, facts: ShippedFacts) => void): Promise<ReadonlyMap<CorpusFact<unknown>, CorpusValue>> {
    for (const outcome of ordered) {
      for (const article of outcome.articles) {
        const settings = this.settings.get(article)!;
        for (const [fact, builder] of this.builders) builder.add(article.summary, this.shipped.get(article)!, this.checkedBy(settings, fact));
        onArticle?.(article, this.shipped.get(article)!);
      }
    }
    await Promise.all(
      [...this.builders].map(async ([fact, builder]) => {
        try {
          this.values.set(fact, { ok: true, value: await builder.finish() });
        } catch (error) {
          this.values.set(fact, { ok: false, reason: error instanceof Error ? error.message : describeThrown(error) });
        }
      }),
    );
    return this.values;
  }

  /** Each file's result: the corpus rules `rulesToRun` run on its articles, then their inline comments applied. */
  results(ordered: readonly FileOutcome[], rulesToRun: readonly RuleEntry[] = this.corpusRules): FileResult[] {
    const results: FileResult[] = [];
    const isKnownRule = (id: string) => this.run.rules.has(id);
    for (const outcome of ordered) {
      if (outcome.error !== undefined || outcome.fileMessages) {
        results.push(readErrorResult(outcome));
        continue;
      }
      for (const article of outcome.articles) {
        const settings = this.settings.get(article)!;
        const ruleRun: RuleRun = {
          now: this.run.now,
          cwd: this.run.cwd,
          config: this.run.config,
          get: corpusReader(this.shipped.get(article)!, this.values),
          start: article.summary.start,
          messages: [...article.messages],
          metrics: article.metrics,
          readNow: false,
        };
        for (const [id, rule] of rulesToRun) {
          const failed = failedFact(rule, this.values);
          if (failed !== undefined && settings.get(id)?.severity !== 'off') {
            ruleRun.messages.push(ruleError(id, `could not prepare: ${failed}`) as LintMessage);
            continue;
          }
          runRule(id, rule, settings.get(id), article.summary, ruleRun);
        }
        results.push(finishArticle(article, ruleRun.messages, ruleRun.metrics, isKnownRule));
      }
    }
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return results;
  }
}

/** Why a corpus fact the rule reads could not be built, if one could not. */
function failedFact(rule: AnyRule, values: ReadonlyMap<CorpusFact<unknown>, CorpusValue>): string | undefined {
  for (const fact of rule.meta.uses ?? []) {
    if (fact.scope !== 'corpus') continue;
    const value = values.get(fact);
    if (value && !value.ok) return value.reason;
  }
  return undefined;
}
