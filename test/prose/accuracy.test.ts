// Are the article metrics right? Two independent checks:
// 1. hand-counted texts, with the published formulas written out here (not
//    the packages kblint uses);
// 2. GNU `style` (Debian's diction package) on the texts in fixtures/readability,
//    within the tolerances documented in README.md#readability.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { extractProse } from '../../src/prose/extract.js';
import { countProse, proseMetrics, type Counts } from '../../src/prose/counts.js';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';

const root = path.resolve(import.meta.dirname, '../..');
const config = applyDefaults({}, root, null);
const measure = (text: string, file = 'a.md') => {
  const article = markdownArticle({ path: file, absolutePath: path.join(root, file), text }, config);
  const counts = countProse(extractProse(article));
  return { counts, metrics: proseMetrics(counts) };
};

/** The textbook formulas, written out independently of the packages. */
function textbook(c: Pick<Counts, 'words' | 'sentences' | 'syllables' | 'letters' | 'characters' | 'polysyllables' | 'complexWords'>) {
  const wps = c.words / c.sentences;
  return {
    fleschReadingEase: 206.835 - 1.015 * wps - 84.6 * (c.syllables / c.words),
    fleschKincaidGrade: 0.39 * wps + 11.8 * (c.syllables / c.words) - 15.59,
    gunningFog: 0.4 * (wps + 100 * (c.complexWords / c.words)),
    smog: 1.043 * Math.sqrt(c.polysyllables * (30 / c.sentences)) + 3.1291,
    colemanLiau: 0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8,
    automatedReadabilityIndex: 4.71 * (c.characters / c.words) + 0.5 * wps - 21.43,
  };
}

describe('hand-checked texts', () => {
  it('"The cat sat on the mat." (the textbook example: reading ease 116.15, grade −1.45)', () => {
    const { counts, metrics } = measure('The cat sat on the mat.');
    expect(counts).toMatchObject({ words: 6, sentences: 1, syllables: 6, letters: 17, polysyllables: 0 });
    expect(metrics.fleschReadingEase).toBeCloseTo(116.15, 2);
    expect(metrics.fleschKincaidGrade).toBeCloseTo(-1.45, 2);
  });

  it('two sentences with long words, every formula', () => {
    // Reading(2) is(1) fun(1). Complicated(4) regulations(4) frustrate(2) customers(3).
    // 7 words, 2 sentences, 17 syllables, 52 letters, 3 words of 3+ syllables
    // ("Complicated" starts its sentence, so it is no proper noun: 3 complex words).
    const hand = { words: 7, sentences: 2, syllables: 17, letters: 52, characters: 52, polysyllables: 3, complexWords: 3 };
    const { counts, metrics } = measure('Reading is fun. Complicated regulations frustrate customers.');
    expect(counts).toEqual(hand);
    const expected = textbook(hand);
    // Worked by hand: FRE 206.835 − 1.015·3.5 − 84.6·17/7 = −2.17; FK 0.39·3.5 + 11.8·17/7 − 15.59 = 14.43.
    expect(expected.fleschReadingEase).toBeCloseTo(-2.17, 2);
    expect(expected.fleschKincaidGrade).toBeCloseTo(14.43, 2);
    for (const [name, value] of Object.entries(expected)) {
      expect(metrics[name as keyof typeof metrics], name).toBeCloseTo(value, 2);
    }
    expect(metrics).toMatchObject({ gunningFog: 18.54, smog: 10.13, colemanLiau: 19.42, automatedReadabilityIndex: 15.31 });
  });

  it('a Markdown article: only its prose is counted', () => {
    const text = [
      '---',
      'title: Sign in',
      'updated: 2026-05-01',
      '---',
      '',
      '# Sign in', // 2 words, 2 syllables, a sentence of its own
      '',
      'Open the app and sign in. Then tap `Settings` at https://example.com/settings today.', // 6 + 4 words
      '',
      '```',
      'curl https://example.com/api',
      '```',
      '',
      '- Tap Wallet', // 2 words
      '- Choose a coin', // 3 words
      '',
      '| Code | Meaning |',
      '| --- | --- |',
      '| 50011 | Too many requests |', // "Too many requests": 3 words, a sentence
    ].join('\n');
    const { counts } = measure(text);
    expect(counts.sentences).toBe(6);
    expect(counts.words).toBe(2 + 6 + 4 + 2 + 3 + 3);
    // Sign(1) in(1) | Open(2) the(1) app(1) and(1) sign(1) in(1) | Then(1) tap(1) at(1) today(2)
    // Tap(1) Wallet(2) | Choose(1) a(1) coin(1) | Too(1) many(2) requests(2)
    expect(counts.syllables).toBe(2 + 7 + 5 + 3 + 3 + 5);
  });

  it('a text without words has counts and no formula values', () => {
    expect(measure('```\ncode only\n```').metrics).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });
});

interface StyleResult {
  kincaid: number;
  ari: number;
  colemanLiau: number;
  flesch: number;
  fog: number;
  smog: number;
  characters: number;
  words: number;
  syllablesPerWord: number;
  sentences: number;
}

function runStyle(file: string): StyleResult {
  let out: string;
  try {
    out = execFileSync('style', [file], { encoding: 'utf8', timeout: 10_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'GNU style is not installed, so the readability accuracy test cannot run: install Debian\'s diction package (apt-get install -y diction); .ci/run does this in CI.',
      );
    }
    throw error;
  }
  const number = (re: RegExp) => {
    const match = re.exec(out);
    if (!match) throw new Error(`unexpected style output (no ${re}):\n${out}`);
    return Number(match[1]);
  };
  return {
    kincaid: number(/Kincaid: (-?[\d.]+)/),
    ari: number(/ARI: (-?[\d.]+)/),
    colemanLiau: number(/Coleman-Liau: (-?[\d.]+)/),
    flesch: number(/Flesch Index: (-?[\d.]+)/),
    fog: number(/Fog Index: (-?[\d.]+)/),
    smog: number(/SMOG-Grading: (-?[\d.]+)/),
    characters: number(/(\d+) characters/),
    words: number(/(\d+) words,/),
    syllablesPerWord: number(/= ([\d.]+) syllables/),
    sentences: number(/(\d+) sentences,/),
  };
}

const textsDir = path.join(root, 'fixtures', 'readability');
const texts = readdirSync(textsDir).filter((f) => f.endsWith('.md')).sort();

describe('agreement with GNU style (diction)', () => {
  it('has texts to compare', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(texts)('%s', (name) => {
    const file = path.join(textsDir, name);
    const { counts, metrics } = measure(readFileSync(file, 'utf8'), `fixtures/readability/${name}`);
    const m = metrics as Required<typeof metrics>;

    it('counts the same sentences, words and characters', () => {
      const style = runStyle(file);
      expect(counts.sentences).toBe(style.sentences);
      expect(Math.abs(counts.words - style.words) / style.words).toBeLessThanOrEqual(0.015);
      expect(Math.abs(counts.characters - style.characters) / style.characters).toBeLessThanOrEqual(0.005);
    });

    it('applies the same formulas (fed style\'s own counts)', () => {
      const style = runStyle(file);
      const theirs = { sentence: style.sentences, word: style.words, syllable: style.syllablesPerWord * style.words };
      // style prints syllables per word to 2 decimals: ±0.005 moves FK by 0.06 and reading ease by 0.42.
      expect(Math.abs(fleschKincaid(theirs) - style.kincaid)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(flesch(theirs) - style.flesch)).toBeLessThanOrEqual(0.6);
    });

    it('agrees within the documented tolerances', () => {
      const style = runStyle(file);
      const perWord = counts.syllables / counts.words;
      // `syllable` finds more syllables than style's heuristic, which drops most "-ed", "-y" and "-ia" syllables.
      expect(perWord - style.syllablesPerWord).toBeGreaterThanOrEqual(-0.02);
      expect(perWord - style.syllablesPerWord).toBeLessThanOrEqual(0.2);
      expect(m.fleschKincaidGrade - style.kincaid).toBeGreaterThanOrEqual(-0.3);
      expect(m.fleschKincaidGrade - style.kincaid).toBeLessThanOrEqual(2.5);
      expect(m.fleschReadingEase - style.flesch).toBeGreaterThanOrEqual(-15);
      expect(m.fleschReadingEase - style.flesch).toBeLessThanOrEqual(1);
      expect(Math.abs(m.automatedReadabilityIndex - style.ari)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(m.colemanLiau - style.colemanLiau)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(m.gunningFog - style.fog)).toBeLessThanOrEqual(2.5);
      expect(Math.abs(m.smog - style.smog)).toBeLessThanOrEqual(2.5);
    });
  });
});
