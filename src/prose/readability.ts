// Per-sentence readability with retext-readability's semantics (version 8):
// seven formulas each turn the sentence into a reading age; the sentence is
// hard when at least `threshold` (a fraction) of them put it above the target
// age. Computed here on the cached prose tree, from the same formula packages,
// so that messages can name the formulas; test/prose checks that the verdicts
// equal retext-readability's own on the same tree.
//
// retext-readability's per-word counting is kept exactly, including its
// quirks: a word's letters are its length (digits and inner punctuation too),
// and a "complex" word for Gunning fog is a polysyllable that does not start
// with a capital.
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import type { Sentence } from 'nlcst';
import { sentenceStats, syllableCount, type SentenceStats } from './counts.js';
import { proseWords, type Vocabulary } from './mask.js';

export const DEFAULT_TARGET_AGE = 16;
export const DEFAULT_THRESHOLD = 5 / 7;
/**
 * Sentences with fewer counted words are never judged: below about 18 words
 * a sentence of plain words is rarely hard, and a few long terms push it over
 * every formula (most false findings on real help centers were 10–16 words).
 */
export const DEFAULT_MIN_WORDS = 18;

const easyWords = new Set(daleChall);
const familiarWords = new Set(spache);

export interface FormulaAge {
  formula: string;
  age: number;
}

export interface SentenceVerdict {
  words: number;
  /** Every formula's reading age for the sentence. */
  ages: FormulaAge[];
  /** The formulas whose age is above the target. */
  tooHard: FormulaAge[];
  hard: boolean;
}

const gradeToAge = (grade: number) => Math.round(grade + 5);
const fleschToAge = (score: number) => 20 - Math.floor(score / 10);
const smogToAge = (score: number) => Math.ceil(Math.sqrt(score) + 2.5);

/** The inputs retext-readability gives the formulas for one sentence. */
function retextReadabilityCounts(stats: SentenceStats) {
  const easy = new Set<string>();
  const familiar = new Set<string>();
  let letters = 0;
  let polysillabicWord = 0;
  let complexPolysillabicWord = 0;
  for (const word of stats.words) {
    const caseless = word.value.toLowerCase();
    letters += word.value.length;
    if (word.syllables >= 3) {
      polysillabicWord++;
      if (word.value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
    }
    if (familiarWords.has(caseless)) familiar.add(caseless);
    if (easyWords.has(caseless)) easy.add(caseless);
  }
  const word = stats.words.length;
  return {
    character: letters,
    complexPolysillabicWord,
    difficultWord: word - easy.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: stats.syllables,
    unfamiliarWord: word - familiar.size,
    word,
  };
}

/** Counted words from which a sentence is judged by the seven formulas alone. */
export const LONG_SENTENCE_WORDS = 30;
/** How far above the target age Flesch must put a shorter sentence. */
const SHORT_SENTENCE_FLESCH_MARGIN = 3;
/** How far above the target age the letter-count formulas must put it, on average. */
const SHORT_SENTENCE_LETTERS_MARGIN = 8;

/**
 * Per sentence the formulas are noisy: an 18-word sentence with three common
 * long words ("information", "available") goes over five of them. So a
 * sentence shorter than LONG_SENTENCE_WORDS is hard only when it is clearly
 * over: Flesch (weighing sentence and word length) at least three years above
 * the target age, and the two formulas that count letters (automated
 * readability, Coleman–Liau) on average at least eight years above it.
 */
export function clearlyHard(verdict: SentenceVerdict, targetAge: number): boolean {
  if (!verdict.hard) return false;
  if (verdict.words >= LONG_SENTENCE_WORDS) return true;
  const age = (formula: string) => verdict.ages.find((a) => a.formula === formula)?.age ?? 0;
  const letters = (age('automated readability') + age('Coleman–Liau')) / 2;
  return age('Flesch') >= targetAge + SHORT_SENTENCE_FLESCH_MARGIN && letters >= targetAge + SHORT_SENTENCE_LETTERS_MARGIN;
}

/** What the judgement leaves out of a sentence (see mask.ts): needs the article's source for the masked tokens. */
export interface ProseMask {
  source: string;
  vocabulary: Vocabulary;
}

/**
 * null when the sentence has fewer than `minWords` words (not judged).
 * Without `mask`, every word counts exactly as retext-readability counts it;
 * with it, masked tokens are left out and each name is one familiar word.
 */
export function judgeSentence(
  sentence: Sentence,
  settings: { targetAge: number; threshold: number; minWords: number },
  mask?: ProseMask,
): SentenceVerdict | null {
  let words: number;
  let counts: ReturnType<typeof retextReadabilityCounts>;
  // Masking only removes words and joins names, so a sentence already short
  // of `minWords` is never judged: skip the masking for it.
  if (mask && settings.minWords > 0 && wordCount(sentence) < settings.minWords) return null;
  if (mask) ({ words, counts } = maskedCounts(sentence, mask));
  else {
    const stats = sentenceStats(sentence);
    words = stats.words.length;
    counts = retextReadabilityCounts(stats);
  }
  if (words < settings.minWords) return null;
  const ages: FormulaAge[] = [
    { formula: 'automated readability', age: gradeToAge(automatedReadability(counts)) },
    { formula: 'Coleman–Liau', age: gradeToAge(colemanLiau(counts)) },
    { formula: 'Dale–Chall', age: gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]) },
    { formula: 'Flesch', age: fleschToAge(flesch(counts)) },
    { formula: 'Gunning fog', age: gradeToAge(gunningFog(counts)) },
    { formula: 'SMOG', age: smogToAge(smogFormula(counts)) },
    { formula: 'Spache', age: gradeToAge(spacheFormula(counts)) },
  ];
  const tooHard = ages.filter((a) => a.age > settings.targetAge);
  return { words, ages, tooHard, hard: tooHard.length / ages.length >= settings.threshold };
}

function wordCount(sentence: Sentence): number {
  let count = 0;
  for (const child of sentence.children) if (child.type === 'WordNode') count++;
  return count;
}

/**
 * The formulas' inputs for a masked sentence. Two of retext-readability's
 * quirks are fixed here: a familiar word counts each time it occurs (retext
 * counts each spelling once, so "the" twice makes one difficult word), and
 * the regular inflections of a listed word are familiar ("users", "locked",
 * "signing"), as the Dale–Chall and Spache lists are meant to be read.
 */
function maskedCounts(sentence: Sentence, mask: ProseMask) {
  const words = proseWords(sentence, mask.source, mask.vocabulary);
  let letters = 0;
  let syllables = 0;
  let polysillabicWord = 0;
  let complexPolysillabicWord = 0;
  let difficultWord = 0;
  let unfamiliarWord = 0;
  for (const word of words) {
    const count = syllableCount(word.value);
    syllables += count;
    letters += word.value.length;
    if (count >= 3) {
      polysillabicWord++;
      if (!/^\p{Lu}/u.test(word.value)) complexPolysillabicWord++;
    }
    const caseless = word.value.toLowerCase();
    if (!onList(easyWords, caseless)) difficultWord++;
    if (!onList(familiarWords, caseless)) unfamiliarWord++;
  }
  return {
    words: words.length,
    counts: {
      character: letters,
      complexPolysillabicWord,
      difficultWord,
      letter: letters,
      polysillabicWord,
      sentence: 1,
      syllable: syllables,
      unfamiliarWord,
      word: words.length,
    },
  };
}

const INFLECTIONS: [RegExp, string[]][] = [
  [/'s$/, ['']],
  [/ies$/, ['y']],
  [/ied$/, ['y']],
  [/es$/, ['', 'e']],
  [/s$/, ['']],
  [/ed$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/ly$/, ['']],
  [/er$/, ['', 'e']],
  [/est$/, ['', 'e']],
];

/** On the list as written, or as a regular inflection of a listed word (a doubled final consonant undone too). */
function onList(list: Set<string>, word: string): boolean {
  if (list.has(word)) return true;
  for (const [ending, replacements] of INFLECTIONS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    if (stem.length < 2) continue;
    for (const r of replacements) if (list.has(stem + r)) return true;
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && list.has(stem.slice(0, -1))) return true; // "stopped", "running"
  }
  return false;
}
