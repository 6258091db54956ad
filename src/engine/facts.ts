// The fact stores: each fact is built at most once per scope, on first use.
// Run facts live as long as the thread's run; an article's facts as long as
// its job in the worker; corpus facts in the main thread until the report.
import type { ResolvedConfig } from '../config/schema.js';
import type { ArticleFact, ArticleFactReader, CorpusFact, Fact, FactReader, RunFact, RunFactInput } from '../model/facts.js';
import { referenceDate } from '../model/rule.js';
import type { Article } from '../model/types.js';

/** Run facts of one thread: built lazily, shared by every article the thread handles. */
export class RunFacts implements FactReader {
  private readonly values = new Map<RunFact<unknown>, unknown>();
  private readonly building = new Set<RunFact<unknown>>();

  constructor(readonly input: RunFactInput) {}

  get config(): ResolvedConfig {
    return this.input.config;
  }

  get<T>(fact: RunFact<T>): T {
    if (fact === (referenceDate as RunFact<unknown>)) return this.input.now as T;
    if (this.values.has(fact)) return this.values.get(fact) as T;
    if (this.building.has(fact)) throw new Error(`the fact "${fact.id}" depends on itself`);
    this.building.add(fact);
    try {
      const value = fact.build(this.input, this);
      this.values.set(fact, value);
      return value;
    } finally {
      this.building.delete(fact);
    }
  }
}

/** One article's facts, built in the thread that holds its tree. */
export class ArticleFacts implements ArticleFactReader {
  private readonly values = new Map<ArticleFact<unknown>, unknown>();
  private readonly building = new Set<ArticleFact<unknown>>();

  constructor(
    private readonly article: Article,
    private readonly run: RunFacts,
  ) {}

  get config(): ResolvedConfig {
    return this.run.config;
  }

  get<T>(fact: RunFact<T> | ArticleFact<T>): T {
    if (fact.scope === 'run') return this.run.get(fact);
    if (this.values.has(fact)) return this.values.get(fact) as T;
    if (this.building.has(fact)) throw new Error(`the fact "${fact.id}" depends on itself`);
    this.building.add(fact);
    try {
      const value = fact.build(this.article, this);
      this.values.set(fact, value);
      return value;
    } finally {
      this.building.delete(fact);
    }
  }

  /** The values of these facts, by id, for the main thread (a fact that throws is left out and named). */
  export(facts: readonly ArticleFact<unknown>[]): { values: Record<string, unknown>; failures: Record<string, string> } {
    const values: Record<string, unknown> = {};
    const failures: Record<string, string> = {};
    for (const fact of facts) {
      try {
        values[fact.id] = this.get(fact);
      } catch (error) {
        failures[fact.id] = describeThrown(error);
      }
    }
    return { values, failures };
  }
}

/** An article's facts as they reached the main thread: only the ones sent, read by id. */
export class ShippedFacts implements ArticleFactReader {
  constructor(
    private readonly run: RunFacts,
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly failures: Readonly<Record<string, string>> = {},
  ) {}

  get config(): ResolvedConfig {
    return this.run.config;
  }

  get<T>(fact: RunFact<T> | ArticleFact<T>): T {
    if (fact.scope === 'run') return this.run.get(fact);
    if (Object.hasOwn(this.values, fact.id)) return this.values[fact.id] as T;
    const failure = this.failures[fact.id];
    if (failure !== undefined) throw new Error(`the fact "${fact.id}" could not be built: ${failure}`);
    throw new Error(`the article fact "${fact.id}" was not sent from the worker: declare it in the rule's meta.uses`);
  }
}

/** A corpus fact's value, or why it could not be built. */
export type CorpusValue = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads every kind of fact for a corpus rule on one article. */
export function corpusReader(article: ShippedFacts, corpus: ReadonlyMap<CorpusFact<unknown>, CorpusValue>) {
  return <T>(fact: Fact<T>): T => {
    if (fact.scope !== 'corpus') return article.get(fact);
    const found = corpus.get(fact as CorpusFact<unknown>);
    if (!found) throw new Error(`the corpus fact "${fact.id}" is not built in this run: declare it in the rule's meta.uses`);
    if (!found.ok) throw new Error(`could not prepare ${fact.id}: ${found.reason}`);
    return found.value as T;
  };
}

/** A thrown value as one line, whatever was thrown (`throw null`, `throw { stack: 42 }`). */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      const stack = typeof error.stack === 'string' ? error.stack.split('\n').slice(0, 2).join(' ') : '';
      return stack || `${error.name}: ${String(error.message)}`;
    }
    if (typeof error === 'object' && error !== null) {
      const message = (error as { message?: unknown }).message;
      if (typeof message === 'string') return message;
      const text = JSON.stringify(error);
      return text === undefined ? 'a non-Error value' : `threw ${text.slice(0, 200)}`;
    }
    return `threw ${String(error)}`;
  } catch {
    return 'threw a value that cannot be printed';
  }
}
