// The `readability` config section, resolved for one article: defaults, then
// every matching policy (by glob or category) in order, the last match winning.
import type { Article } from '../model/types.js';
import type { ResolvedConfig, UserConfig } from '../config/schema.js';
import { describePolicy, resolvePolicies } from '../config/policies.js';
import { Vocabulary } from './mask.js';
import { DEFAULT_MIN_WORDS, DEFAULT_TARGET_AGE, DEFAULT_THRESHOLD } from './readability.js';

const DEFAULT_MAX_GRADE = 10;
/** An editor acts on the few hardest sentences; fifty warnings on one article are read as noise. */
const DEFAULT_MAX_FINDINGS = 3;

type ReadabilityConfig = NonNullable<UserConfig['readability']>;
type ReadabilityPolicy = NonNullable<ReadabilityConfig['policies']>[number];
type Key = 'targetAge' | 'threshold' | 'minWords' | 'maxGrade' | 'maxFindings';
const KEYS: Key[] = ['targetAge', 'threshold', 'minWords', 'maxGrade', 'maxFindings'];

export interface ReadabilitySettings {
  targetAge: number;
  threshold: number;
  minWords: number;
  maxGrade: number;
  maxFindings: number;
  /** Where each setting came from, for messages: `readability.maxGrade` or the policy. */
  origin: Record<Key, string>;
}

export function readabilitySettings(article: Article, config: ResolvedConfig): ReadabilitySettings {
  const section = config.readability ?? {};
  const base = {
    targetAge: section.targetAge ?? DEFAULT_TARGET_AGE,
    threshold: section.threshold ?? DEFAULT_THRESHOLD,
    minWords: section.minWords ?? DEFAULT_MIN_WORDS,
    maxGrade: section.maxGrade ?? DEFAULT_MAX_GRADE,
    maxFindings: section.maxFindings ?? DEFAULT_MAX_FINDINGS,
  };
  const { values, source } = resolvePolicies<ReadabilityPolicy, Key>(base, section.policies ?? [], KEYS, article, config);
  const origin = Object.fromEntries(
    KEYS.map((key) => [key, source[key] ? `the ${describePolicy(source[key]!)}` : `readability.${key}`]),
  ) as Record<Key, string>;
  return { ...values, origin };
}

const vocabularies = new WeakMap<ResolvedConfig, Vocabulary>();

/** The configured `readability.vocabulary`, built once per config. */
export function vocabularyOf(config: ResolvedConfig): Vocabulary {
  let vocabulary = vocabularies.get(config);
  if (!vocabulary) {
    vocabulary = new Vocabulary(config.readability?.vocabulary ?? []);
    vocabularies.set(config, vocabulary);
  }
  return vocabulary;
}

/** Words and phrases the plain-language rules leave alone: config `readability.allow` plus the rule's own `allow`. */
export function allowList(config: ResolvedConfig, options: { allow?: string[] } | undefined): string[] {
  return [...(config.readability?.allow ?? []), ...(options?.allow ?? [])];
}
