// What the per-sentence readability judgement does not count as prose.
//
// Help-center sentences are full of things a reader does not "read" as
// words: addresses, paths, identifiers, ticket ids, error codes, numbers, and
// product or proper names. The formulas would count them as long, unfamiliar,
// many-syllable words and call a plain sentence hard. So, before judging a
// sentence (never for the article metrics, which stay the formula packages'
// exact counts), kblint:
// - masks tokens that are not words at all (they are left out of every count);
// - reads each name (a proper noun, a product name, a vocabulary entry) as one
//   short familiar word, however many words it has.
import type { Sentence, Word } from 'nlcst';
import { wordsOf, wordText } from './extract.js';

/** Patterns of tokens that are not prose, matched in the sentence's source text. */
export const MASKED_TOKENS: { name: string; pattern: RegExp }[] = [
  { name: 'inline directive', pattern: /:::[^\n]*?:::/g },
  { name: 'URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]>"'`]+|\bwww\.[^\s)\]>"'`]+/gi },
  { name: 'e-mail address', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  // go.example/feedback, contoso.onmicrosoft.com, setup.exe, Node.js: a dot
  // between letters, and a last part of two letters or more ("e.g." is not one).
  { name: 'host or file name', pattern: /\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z][a-z0-9]+(?:\/[^\s)\]>"'`]*)?/gi },
  { name: 'path', pattern: /(?<![\w)\]])(?:~|\.{1,2}|[a-z]:)?[\\/][\w.%$-]+(?:[\\/][\w.%$-]+)*[\\/]?/gi },
  { name: 'environment variable', pattern: /%\w+%|\$\{?\w+\}?/g },
  { name: 'snake_case identifier', pattern: /\b\w*[a-z0-9]_[a-z0-9]\w*/gi },
  { name: 'namespaced identifier', pattern: /\b[a-z][\w-]*(?:::?[\w-]+)+/gi },
  { name: 'ticket id', pattern: /\b[A-Z][A-Z0-9]+-\d+\b/g },
  { name: 'hex code', pattern: /\b0x[0-9a-f]+\b/gi },
  // 365, 2.5, 10:30, 404, AADSTS50076, SHA256, v2: anything with a digit.
  { name: 'number or code', pattern: /\b(?=[\w.-]*\d)[\w]+(?:[.,:-][\w]+)*\b/g },
  // PowerShell cmdlets (Get-Mailbox) and parameters (-Identity).
  { name: 'cmdlet or parameter', pattern: /\b[A-Z][a-z]+-[A-Z][a-z]*[A-Z]\w*|(?<=\s)-[A-Z][a-z]+[A-Z]?\w*/g },
  // camelCase and identifiers with an inner capital after a lower-case start (userId, eDiscovery).
  { name: 'camelCase identifier', pattern: /\b[a-z]+[A-Z]\w*/g },
];

/**
 * Runs read as one name: the text of a link that starts with a capital (the
 * title of another page: "see [Fix sign-in issues in Outlook](…)"), and text
 * in double quotes of three words or more (a message or a label quoted as shown).
 */
export const NAMED_RUNS: { name: string; pattern: RegExp }[] = [
  { name: 'link title', pattern: /(?<=\[)\p{Lu}[^\]]*(?=\]\s*[([])/gu },
  { name: 'quoted text', pattern: /(?<=["“])[^"“”\s][^"“”]*\s[^"“”]*\s[^"“”]*(?=["”])/g },
];

/** Offsets [start, end) of every run of `patterns` in `text`. */
export function matchedRanges(text: string, patterns: { pattern: RegExp }[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { pattern } of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return ranges;
}

/** Offsets [start, end) of every masked token in `text`. */
export function maskedRanges(text: string): [number, number][] {
  return matchedRanges(text, MASKED_TOKENS);
}

export interface ProseWord {
  /** The word as written, or `name` for a name read as one familiar word. */
  value: string;
  /** True when the word is (part of) a name: counted as one short familiar word. */
  name: boolean;
}

/** A name stands in the counts as this one word: short, one syllable, on every familiar-word list. */
export const NAME_PLACEHOLDER = 'name';

const CONNECTORS = new Set(['of', 'for', '&']);
const CAPITALISED = /^\p{Lu}/u;
const INNER_CAPITAL = /^.+\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]+s?$/u;

/**
 * The words of `sentence` that the readability judgement counts: masked
 * tokens removed, every name (a run of capitalised words, a capitalised word
 * after the first word, a word with an inner capital or in capitals, a
 * vocabulary entry) collapsed into one placeholder word.
 */
export function proseWords(sentence: Sentence, source: string, vocabulary: Vocabulary): ProseWord[] {
  const words = wordsOf(sentence);
  const start = sentence.position?.start.offset;
  const end = sentence.position?.end.offset;
  const masked = new Set<Word>();
  // The named run (by its index) each word belongs to, if any.
  const run = new Map<Word, number>();
  if (start !== undefined && end !== undefined) {
    const text = source.slice(start, end);
    const ranges = maskedRanges(text);
    const runs = matchedRanges(text, NAMED_RUNS);
    for (const word of words) {
      const from = word.position?.start.offset;
      const to = word.position?.end.offset;
      if (from === undefined || to === undefined) continue;
      const inside = ([a, b]: [number, number]) => from - start < b && to - start > a;
      const r = runs.findIndex(inside);
      if (r >= 0) run.set(word, r);
      else if (ranges.some(inside)) masked.add(word);
    }
  }
  const keptWords = words.filter((w) => !masked.has(w));
  const kept = keptWords.map(wordText);
  const runOf = keptWords.map((w) => run.get(w) ?? -1);
  const isName = runOf.map((r) => r >= 0);
  // Vocabulary entries (one or more words), longest first.
  for (let i = 0; i < kept.length; i++) {
    const length = vocabulary.matchAt(kept, i);
    for (let j = i; j < i + length; j++) isName[j] = true;
  }
  for (let i = 0; i < kept.length; i++) {
    const value = kept[i]!;
    if (isName[i]) continue;
    if (INNER_CAPITAL.test(value) || ALL_CAPS.test(value)) isName[i] = true;
    // Inside the sentence a capitalised word is a name. The first word is
    // capitalised anyway, and often a verb before a name ("Open Settings"): a word.
    else if (i > 0 && CAPITALISED.test(value)) isName[i] = true;
  }
  // Join capitalised runs across connectors ("Bank of America"), then collapse each run.
  for (let i = 1; i < kept.length - 1; i++) {
    if (!isName[i] && isName[i - 1] && CONNECTORS.has(kept[i]!.toLowerCase())) {
      let j = i;
      while (j < kept.length && !isName[j] && CONNECTORS.has(kept[j]!.toLowerCase())) j++;
      if (j < kept.length && isName[j] && CAPITALISED.test(kept[j]!)) for (let k = i; k < j; k++) isName[k] = true;
    }
  }
  const result: ProseWord[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (!isName[i]) result.push({ value: kept[i]!, name: false });
    else if (i === 0 || !isName[i - 1] || (runOf[i] !== runOf[i - 1] && runOf[i]! >= 0)) {
      result.push({ value: NAME_PLACEHOLDER, name: true });
    }
  }
  return result;
}

/** Configured names and terms (`readability.vocabulary`), matched case-insensitively as whole words. */
export class Vocabulary {
  private readonly entries: string[][];
  constructor(terms: readonly string[]) {
    this.entries = terms
      .map((t) => t.toLowerCase().split(/\s+/).filter(Boolean))
      .filter((t) => t.length > 0)
      .sort((a, b) => b.length - a.length);
  }
  /** The number of words of the longest entry that starts at `index`, or 0. */
  matchAt(words: readonly string[], index: number): number {
    for (const entry of this.entries) {
      if (entry.every((part, k) => words[index + k]?.toLowerCase() === part)) return entry.length;
    }
    return 0;
  }
}
