// Facts by id: what the rules declare (and what those facts read), plus the
// facts commands collect without a rule (`kblint codes`). Workers receive fact
// ids and look the facts up here.
import type { ArticleFact, Fact } from '../model/facts.js';
import type { AnyRule } from '../model/rule.js';
import { codeCoverageFact } from '../codes/facts.js';

/** Article facts a command may ask for by id without a rule that declares them. */
export const COLLECTABLE_FACTS: readonly ArticleFact<unknown>[] = [codeCoverageFact];

export function factsById(rules: Iterable<AnyRule>): Map<string, Fact> {
  const byId = new Map<string, Fact>();
  const add = (fact: Fact) => {
    const known = byId.get(fact.id);
    if (known && known !== fact) throw new Error(`two facts share the id "${fact.id}"`);
    byId.set(fact.id, fact);
    if (fact.scope === 'corpus') fact.uses.forEach(add);
  };
  for (const rule of rules) (rule.meta.uses ?? []).forEach(add);
  COLLECTABLE_FACTS.forEach(add);
  return byId;
}
