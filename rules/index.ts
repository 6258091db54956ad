// The registry: every built-in rule, in one list. A rule here without docs
// (rules/<id>/README.md) and fixtures (fixtures/rules/<id>/) fails the suite.
import { defineRule, type AnyRule } from '../src/model/rule.js';
import staleArticle from './stale-article/index.js';
import missingDates from './missing-dates/index.js';
import dateConsistency from './date-consistency/index.js';
import missingTitle from './missing-title/index.js';
import invalidFrontmatter from './invalid-frontmatter/index.js';
import translationOutdated from './translation-outdated/index.js';
import brokenLink from './broken-link/index.js';
import unusedDefinition from './unused-definition/index.js';
import deadLink from './dead-link/index.js';
import redirectedLink from './redirected-link/index.js';
import readability from './readability/index.js';
import { meta as plainLanguage } from './plain-language/meta.js';
import { meta as passiveVoice } from './passive-voice/meta.js';
import { meta as inclusiveLanguage } from './inclusive-language/meta.js';
import errorCodeContext from './error-code-context/index.js';
import unknownErrorCode from './unknown-error-code/index.js';
import updatedNotBumped from './updated-not-bumped/index.js';
import { BUILT_IN_REMARK_LINT, walkedRemarkLintRule } from './remark-lint/index.js';

/**
 * Rules whose check needs a large package (the retext plugins) and that are
 * off by default: the registry holds their meta; src/engine/rules.ts loads the
 * check only for a run whose config turns the rule on somewhere.
 */
export const LAZY_RULES: ReadonlyArray<{ meta: AnyRule['meta']; load: () => Promise<{ default: AnyRule }> }> = [
  { meta: plainLanguage, load: () => import('./plain-language/index.js') },
  { meta: passiveVoice, load: () => import('./passive-voice/index.js') },
  { meta: inclusiveLanguage, load: () => import('./inclusive-language/index.js') },
];

/** A lazy rule before its check is loaded: its meta, for listings and config checks. */
function unloaded(meta: AnyRule['meta']): AnyRule {
  return defineRule({
    meta: meta as Parameters<typeof defineRule>[0]['meta'],
    check() {
      throw new Error(`the rule ${meta.id} runs only after its check is loaded (loadRules)`);
    },
  }) as AnyRule;
}

export const builtInRules: readonly AnyRule[] = [
  staleArticle,
  missingDates,
  dateConsistency,
  missingTitle,
  invalidFrontmatter,
  translationOutdated,
  brokenLink,
  unusedDefinition,
  deadLink,
  redirectedLink,
  readability,
  unloaded(plainLanguage),
  unloaded(passiveVoice),
  unloaded(inclusiveLanguage),
  errorCodeContext,
  unknownErrorCode,
  updatedNotBumped,
  ...BUILT_IN_REMARK_LINT.map(({ id, check, severity }) => walkedRemarkLintRule(id, check, severity)),
];

/** Where each rule's docs live: remark-lint packages share one page. */
export function ruleDocsFolder(id: string): string {
  return id.startsWith('remark-lint-') ? 'remark-lint' : id;
}
