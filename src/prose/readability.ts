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
import type { SentenceStats } from './counts.js';
import { sentenceStats } from './counts.js';

export const DEFAULT_TARGET_AGE = 16;
export const DEFAULT_THRESHOLD = 5 / 7;
export const DEFAULT_MIN_WORDS = 10;

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

/** null when the sentence has fewer than `minWords` words (not judged). */
export function judgeSentence(
  sentence: Sentence,
  settings: { targetAge: number; threshold: number; minWords: number },
): SentenceVerdict | null {
  const stats = sentenceStats(sentence);
  if (stats.words.length < settings.minWords) return null;
  const counts = retextReadabilityCounts(stats);
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
  return { words: stats.words.length, ages, tooHard, hard: tooHard.length / ages.length >= settings.threshold };
}
