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

// `syllable` is the slowest step of counting, and words repeat across a
// corpus: each spelling's count is kept (bounded, so memory stays flat on
// huge runs). A pure memo of one function, keyed by spelling, not by article.
const MAX_SPELLINGS = 50_000;
const syllableMemo = new Map<string, number>();
export function syllableCount(value: string): number {
  let count = syllableMemo.get(value);
  if (count === undefined) {
    if (syllableMemo.size >= MAX_SPELLINGS) syllableMemo.clear();
    count = syllable(value);
    syllableMemo.set(detached(value), count);
  }
  return count;
}

/**
 * A copy of `value` that holds no reference to the text it was cut from. A
 * word is often V8's "sliced string" of its article's source, so a memo key
 * would keep the whole article alive (tens of MiB over a large run).
 */
function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Adds `value`'s letters (\p{L}) and letters-or-digits to `into`, code point by code point, without a match array. */
function countLetters(value: string, into: { letters: number; characters: number }): void {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
        into.letters++;
        into.characters++;
      } else if (code >= 0x30 && code <= 0x39) into.characters++;
      continue;
    }
    const low = value.charCodeAt(i + 1);
    const wide = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    const char = wide ? value.slice(i, i + 2) : value[i]!;
    if (wide) i++;
    if (LETTER.test(char)) {
      into.letters++;
      into.characters++;
    } else if (LETTER_OR_DIGIT.test(char)) into.characters++;
  }
}

/** A capital first letter (\p{Lu}) without a regex match on the whole word. */
function upperInitial(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(value);
}

type WordTally = Omit<Counts, 'words' | 'sentences'>;

/**
 * One word into `into`: its syllables, and whether it is a polysyllable and a
 * complex word (a capital marks a proper noun, except on a sentence's first
 * word). The one place both the sentence and the article counts decide this.
 */
function tallyWord(value: string, syllables: number, first: boolean, into: WordTally): void {
  into.syllables += syllables;
  if (syllables >= 3) {
    into.polysyllables++;
    if (first || !upperInitial(value)) into.complexWords++;
  }
}

/** One sentence's words with their counts, as retext-readability's per-sentence judgement reads them. */
export function sentenceStats(sentence: Sentence): SentenceStats {
  const stats: SentenceStats = { words: [], syllables: 0, letters: 0, characters: 0, polysyllables: 0, complexWords: 0 };
  for (const node of wordsOf(sentence)) {
    const value = wordText(node);
    const word: WordStats = { value, syllables: syllableCount(value), letters: 0, characters: 0 };
    countLetters(value, word);
    stats.words.push(word);
    stats.letters += word.letters;
    stats.characters += word.characters;
    tallyWord(value, word.syllables, stats.words.length === 1, stats);
  }
  return stats;
}

/** The article's counts, in one pass over its words (no per-word objects). */
export function countProse(prose: Prose): Counts {
  const counts: Counts = { words: 0, sentences: 0, syllables: 0, letters: 0, characters: 0, polysyllables: 0, complexWords: 0 };
  for (const sentence of prose.sentences) {
    counts.sentences++;
    let first = true;
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue;
      const value = wordText(node);
      counts.words++;
      countLetters(value, counts);
      tallyWord(value, syllableCount(value), first, counts);
      first = false;
    }
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
