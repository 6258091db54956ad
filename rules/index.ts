// The registry: every built-in rule, in one list. A rule here without docs
// (rules/<id>/README.md) and fixtures (fixtures/rules/<id>/) fails the suite.
import type { AnyRule } from '../src/model/rule.js';
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
import { BUILT_IN_REMARK_LINT, walkedRemarkLintRule } from './remark-lint/index.js';

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
  plainLanguage,
  passiveVoice,
  inclusiveLanguage,
  errorCodeContext,
  unknownErrorCode,
  updatedNotBumped,
  ...BUILT_IN_REMARK_LINT.map(({ id, check, severity }) => walkedRemarkLintRule(id, check, severity)),
];

/** Where each rule's docs live: remark-lint packages share one page. */
export function ruleDocsFolder(id: string): string {
  return id.startsWith('remark-lint-') ? 'remark-lint' : id;
}
