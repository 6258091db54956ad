// Counting words, sentences, syllables and letters, and the article metrics
// computed from those counts with the unified/words formula packages.
//
// - A sentence is an nlcst SentenceNode of the prose tree (see extract.ts) with
//   at least one word. Headings, list items and prose table cells are
//   sentences of their own even without a full stop.
// - A word is an nlcst WordNode: letters and digits, joined by inner
//   apostrophes, hyphens and dots ("don't", "sign-in", "e.g.", "2.5"). Inline
//   code, URLs and punctuation are not words. Numbers are words (with the
//   syllables `syllable` gives them, usually 0).
// - Syllables come from the `syllable` package, per word.
// - Letters are Unicode letters (\p{L}); characters (for the automated
//   readability index) are letters and digits.
// - A polysyllable has three or more syllables. A complex word (Gunning fog)
//   is a polysyllable that is not a proper noun: not capitalised, unless it
//   starts its sentence.
import { syllable } from 'syllable';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { colemanLiau } from 'coleman-liau';
import { automatedReadability } from 'automated-readability';
import type { Sentence } from 'nlcst';
import { wordsOf, wordText, type Prose } from './extract.js';

export interface WordStats {
  value: string;
  syllables: number;
  letters: number;
  characters: number;
}

export interface SentenceStats {
  words: WordStats[];
  syllables: number;
  letters: number;
  characters: number;
  polysyllables: number;
  complexWords: number;
}

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  letters: number;
  characters: number;
  polysyllables: number;
  complexWords: number;
}

const sentenceCache = new WeakMap<Sentence, SentenceStats>();

// `syllable` is the slowest step of counting and words repeat across a corpus:
// remember each spelling's count (bounded, so memory stays flat on huge runs).
const syllableCache = new Map<string, number>();
export function syllableCount(value: string): number {
  let count = syllableCache.get(value);
  if (count === undefined) {
    if (syllableCache.size >= 200_000) syllableCache.clear();
    count = syllable(value);
    syllableCache.set(value, count);
  }
  return count;
}
const LETTER = /\p{L}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const UPPER_INITIAL = /^\p{Lu}/u;

export function sentenceStats(sentence: Sentence): SentenceStats {
  let stats = sentenceCache.get(sentence);
  if (stats) return stats;
  stats = { words: [], syllables: 0, letters: 0, characters: 0, polysyllables: 0, complexWords: 0 };
  wordsOf(sentence).forEach((node, index) => {
    const value = wordText(node);
    const word: WordStats = {
      value,
      syllables: syllableCount(value),
      letters: value.match(LETTER)?.length ?? 0,
      characters: value.match(LETTER_OR_DIGIT)?.length ?? 0,
    };
    stats!.words.push(word);
    stats!.syllables += word.syllables;
    stats!.letters += word.letters;
    stats!.characters += word.characters;
    if (word.syllables >= 3) {
      stats!.polysyllables++;
      if (index === 0 || !UPPER_INITIAL.test(value)) stats!.complexWords++;
    }
  });
  sentenceCache.set(sentence, stats);
  return stats;
}

export function countProse(prose: Prose): Counts {
  const counts: Counts = { words: 0, sentences: 0, syllables: 0, letters: 0, characters: 0, polysyllables: 0, complexWords: 0 };
  for (const sentence of prose.sentences) {
    const s = sentenceStats(sentence);
    counts.sentences++;
    counts.words += s.words.length;
    counts.syllables += s.syllables;
    counts.letters += s.letters;
    counts.characters += s.characters;
    counts.polysyllables += s.polysyllables;
    counts.complexWords += s.complexWords;
  }
  return counts;
}

export interface ProseMetrics {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence?: number;
  fleschReadingEase?: number;
  fleschKincaidGrade?: number;
  gunningFog?: number;
  smog?: number;
  colemanLiau?: number;
  automatedReadabilityIndex?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The metrics for the JSON report. Without words, only the counts (the formulas are undefined). */
export function proseMetrics(counts: Counts): ProseMetrics {
  const base = { words: counts.words, sentences: counts.sentences, syllables: counts.syllables };
  if (counts.words === 0 || counts.sentences === 0) return base;
  const input = {
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
    letter: counts.letters,
    character: counts.characters,
    polysillabicWord: counts.polysyllables,
    complexPolysillabicWord: counts.complexWords,
  };
  return {
    ...base,
    wordsPerSentence: round(counts.words / counts.sentences),
    fleschReadingEase: round(flesch(input)),
    fleschKincaidGrade: round(fleschKincaid(input)),
    gunningFog: round(gunningFog(input)),
    smog: round(smogFormula(input)),
    colemanLiau: round(colemanLiau(input)),
    automatedReadabilityIndex: round(automatedReadability(input)),
  };
}
