// The registry: every built-in rule, in one list. A rule here without docs
// (rules/<id>/README.md) and fixtures (fixtures/rules/<id>/) fails the suite.
import type { Rule } from '../src/model/rule.js';
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
import plainLanguage from './plain-language/index.js';
import passiveVoice from './passive-voice/index.js';
import inclusiveLanguage from './inclusive-language/index.js';
import errorCodeContext from './error-code-context/index.js';
import unknownErrorCode from './unknown-error-code/index.js';
import updatedNotBumped from './updated-not-bumped/index.js';
import { BUILT_IN_REMARK_LINT, remarkLintRule } from './remark-lint/index.js';

export const builtInRules: readonly Rule[] = [
  staleArticle as Rule,
  missingDates as Rule,
  dateConsistency as Rule,
  missingTitle as Rule,
  invalidFrontmatter as Rule,
  translationOutdated as Rule,
  brokenLink as Rule,
  unusedDefinition as Rule,
  deadLink as Rule,
  redirectedLink as Rule,
  readability as Rule,
  plainLanguage as Rule,
  passiveVoice as Rule,
  inclusiveLanguage as Rule,
  errorCodeContext as Rule,
  unknownErrorCode as Rule,
  updatedNotBumped as Rule,
  ...BUILT_IN_REMARK_LINT.map(([name, plugin, severity]) => remarkLintRule(name, plugin, severity)),
];

/** Where each rule's docs live: remark-lint packages share one page. */
export function ruleDocsFolder(id: string): string {
  return id.startsWith('remark-lint-') ? 'remark-lint' : id;
}
