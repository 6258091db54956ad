// The English sentence parser used for all prose, with one fix to sentence
// splitting that help-center text needs.
//
// parse-english (the parser behind retext-english) and parse-latin treat a
// full stop after certain short words as an abbreviation and join the two
// sentences: "in" (inch), "min", "sec", "mon", "sun", "pro", "id", "con", "op",
// numbers of up to three digits, month and day names… So "Sign in. Then open
// Settings." became one sentence, and so did "Go to step 2. Tap Next.", which
// skews every metric that divides by the sentence count.
//
// The fix: after such a word, the full stop ends the sentence when the next
// sentence starts with a capital letter. When it starts with a lower-case
// letter or a digit ("5 in. wide", "Jan. 5") the sentences are still joined,
// and titles and initials ("Mr. Smith", "Dr. Lee", "J. Smith") are still
// joined before a capital, as the stock parsers do.
import { ParseEnglish } from 'parse-english';
import { ParseLatin } from 'parse-latin';
import { toString } from 'nlcst-to-string';
import type { Paragraph, Sentence, SentenceContent } from 'nlcst';

// From parse-english 7 (lib/regex.js): lower-cased units, months and days.
const englishAbbreviations =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
// From parse-latin 7 (lib/plugin/merge-prefix-exceptions.js), less single letters (initials, below).
const latinAbbreviations =
  /^([0-9]{1,3}|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;
// From parse-english 7: case-sensitive titles and place names, which precede a capital.
const englishTitles =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
const initial = /^[a-z]$/i;
const upperInitial = /^\p{Lu}/u;

type ParagraphPlugin = (node: Paragraph) => void;

/** The first word of a sentence, skipping white space, quotes and brackets. */
function firstWord(sentence: Sentence): string | null {
  for (const child of sentence.children) {
    if (child.type === 'WordNode') return toString(child);
    if (child.type === 'SourceNode') return null;
  }
  return null;
}

/**
 * Replaces parse-english's and parse-latin's "merge prefix exceptions": join a
 * sentence ending in "<abbreviation>." with the next one, unless the
 * abbreviation is an ordinary word or number and the next sentence starts with a capital.
 */
const mergeAbbreviations: ParagraphPlugin = (paragraph) => {
  const children = paragraph.children;
  let index = 0;
  while (index < children.length) {
    const sentence = children[index]!;
    const next = children[index + 1];
    if (sentence.type !== 'SentenceNode' || sentence.children.length < 2) {
      index++;
      continue;
    }
    const period = sentence.children[sentence.children.length - 1]!;
    const word = sentence.children[sentence.children.length - 2]!;
    if (
      !(period.type === 'PunctuationNode' || period.type === 'SymbolNode') ||
      toString(period) !== '.' ||
      word.type !== 'WordNode'
    ) {
      index++;
      continue;
    }
    const value = toString(word);
    const lower = value.toLowerCase();
    const title = englishTitles.test(value) || initial.test(value);
    const ordinary = englishAbbreviations.test(lower) || latinAbbreviations.test(lower);
    if (!title && !ordinary) {
      index++;
      continue;
    }
    const following = next?.type === 'SentenceNode' ? firstWord(next) : null;
    if (!title && following !== null && upperInitial.test(following)) {
      index++; // "sign in. Then …": a real sentence end
      continue;
    }
    // An abbreviation: the full stop belongs to the word, and the sentence goes on.
    word.children.push(period as (typeof word.children)[number]);
    sentence.children.pop();
    if (period.position && word.position) word.position.end = period.position.end;
    if (next?.type === 'SentenceNode') {
      sentence.children.push(...(next.children as SentenceContent[]));
      children.splice(index + 1, 1);
      if (next.position && sentence.position) sentence.position.end = next.position.end;
      continue; // look at the joined sentence again
    }
    index++;
  }
};

const latinPlugins = ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[];
const englishPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins as ParagraphPlugin[];
// parse-english 7 puts its merge first; parse-latin 7's is the fifth of twelve.
const LATIN_MERGE = 4;
const stockLayout = englishPlugins.length === latinPlugins.length + 1 && englishPlugins[LATIN_MERGE + 1] === latinPlugins[LATIN_MERGE];

/** parse-english with the sentence-end fix above. */
export class ProseParser extends ParseEnglish {}

ProseParser.prototype.tokenizeParagraphPlugins = (
  stockLayout
    ? [mergeAbbreviations, ...latinPlugins.filter((_, i) => i !== LATIN_MERGE)]
    : // An unexpected parser version: keep its behaviour (the sentence-splitting tests will say so).
      englishPlugins
) as typeof ProseParser.prototype.tokenizeParagraphPlugins;

/** True when the fix is in place (false only with an unexpected parse-english version). */
export const sentenceFixApplied = stockLayout;
