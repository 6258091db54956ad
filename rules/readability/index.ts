import type { Root as MdastRoot } from 'mdast';
import type { Sentence } from 'nlcst';
import type { Node } from 'unist';
import { defineRule } from '../../src/model/rule.js';
import { proseFact } from '../../src/prose/facts.js';
import { isEnglish } from '../../src/prose/retext.js';
import { countProse, proseMetrics } from '../../src/prose/counts.js';
import { clearlyHard, judgeSentence, type SentenceVerdict } from '../../src/prose/readability.js';
import { readabilitySettings, vocabularyOf } from '../../src/prose/settings.js';

export default defineRule({
  meta: {
    id: 'readability',
    category: 'prose',
    description:
      'Sentences most readability formulas find too hard for the target reading age, and articles above the maximum Flesch–Kincaid grade.',
    defaultSeverity: 'warning',
  },
  check(article, context) {
    // The formulas, the syllable counter and the word lists are English only.
    if (!isEnglish(article)) return;
    // A listing entry holds only a snippet, cut and glued to its neighbours by
    // the page export: its sentences are not the article's, so not judged.
    if (article.kind === 'listing') return;
    const prose = context.get(proseFact);
    const counts = countProse(prose);
    const metrics = proseMetrics(counts);
    context.recordMetrics(metrics as unknown as Record<string, number>);
    const settings = readabilitySettings(article, context.config);

    // Compared as shown, to one decimal: 10.02 is grade 10.0, not above 10.
    const grade = metrics.fleschKincaidGrade === undefined ? undefined : Math.round(metrics.fleschKincaidGrade * 10) / 10;
    const hardArticle = grade !== undefined && grade > settings.maxGrade;
    if (hardArticle) {
      context.report({
        node: titleNode(article.tree) ?? (prose.sentences[0] as Node | undefined),
        message:
          `Article reads at Flesch–Kincaid grade ${grade.toFixed(1)}, above the target grade ${settings.maxGrade} set by ${settings.origin.maxGrade} ` +
          `(${counts.words} words in ${counts.sentences} sentences: ${metrics.wordsPerSentence} words and ` +
          `${(counts.syllables / counts.words).toFixed(2)} syllables per word). Shorten the longest sentences first.`,
      });
    }

    const mask = { source: article.source, vocabulary: vocabularyOf(context.config) };
    const hard: { sentence: Sentence; verdict: SentenceVerdict; index: number }[] = [];
    prose.sentences.forEach((sentence, index) => {
      const verdict = judgeSentence(sentence, settings, mask);
      if (verdict && clearlyHard(verdict, settings.targetAge)) hard.push({ sentence, verdict, index });
    });
    // The hardest first (most formulas over, then the furthest over), shown in document order.
    const room = Math.max(0, settings.maxFindings - (hardArticle ? 1 : 0));
    const shown = [...hard]
      .sort((a, b) => b.verdict.tooHard.length - a.verdict.tooHard.length || excess(b.verdict, settings.targetAge) - excess(a.verdict, settings.targetAge))
      .slice(0, room)
      .sort((a, b) => a.index - b.index);
    const hidden = hard.length - shown.length;
    shown.forEach(({ sentence, verdict }, i) => {
      // Dale–Chall's top band is "grade 16 and above": no upper age.
      const named = verdict.tooHard.map((a) => `${a.formula} ${Number.isFinite(a.age) ? a.age : '21+'}`).join(', ');
      const of = verdict.tooHard.length === verdict.ages.length ? 'all 7' : `${verdict.tooHard.length} of 7`;
      const more =
        i === shown.length - 1 && hidden > 0
          ? ` ${hidden} more hard sentence${hidden === 1 ? '' : 's'} in this article not shown (${settings.origin.maxFindings} is ${settings.maxFindings}).`
          : '';
      context.report({
        node: sentence as Node,
        message:
          `Hard to read: ${of} readability formulas put this sentence (${verdict.words} words counted) above reading age ${settings.targetAge} ` +
          `(${named}). Split it or use shorter, more common words.${more}`,
      });
    });
  },
});

/** How far past the target age the formulas that found the sentence too hard went, in total (Dale–Chall's open top band counts as 21). */
function excess(verdict: SentenceVerdict, targetAge: number): number {
  return verdict.tooHard.reduce((sum, a) => sum + (Number.isFinite(a.age) ? a.age : 21) - targetAge, 0);
}

function titleNode(tree: MdastRoot): Node | undefined {
  return tree.children.find((n) => n.type === 'heading' && n.depth === 1);
}
