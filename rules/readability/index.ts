import type { Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import { defineRule } from '../../src/model/rule.js';
import { proseFact } from '../../src/prose/facts.js';
import { isEnglish } from '../../src/prose/retext.js';
import { countProse, proseMetrics } from '../../src/prose/counts.js';
import { judgeSentence } from '../../src/prose/readability.js';
import { readabilitySettings } from '../../src/prose/settings.js';

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

    for (const sentence of prose.sentences) {
      const verdict = judgeSentence(sentence, settings);
      if (!verdict?.hard) continue;
      // Dale–Chall's top band is "grade 16 and above": no upper age.
      const named = verdict.tooHard.map((a) => `${a.formula} ${Number.isFinite(a.age) ? a.age : '21+'}`).join(', ');
      const of = verdict.tooHard.length === verdict.ages.length ? 'all 7' : `${verdict.tooHard.length} of 7`;
      context.report({
        node: sentence as Node,
        message:
          `Hard to read: ${of} readability formulas put this ${verdict.words}-word sentence above reading age ${settings.targetAge} ` +
          `(${named}). Split it or use shorter, more common words.`,
      });
    }

    const grade = metrics.fleschKincaidGrade;
    if (grade !== undefined && grade > settings.maxGrade) {
      context.report({
        node: titleNode(article.tree) ?? (prose.sentences[0] as Node | undefined),
        message:
          `Article reads at Flesch–Kincaid grade ${grade.toFixed(1)}, above the target grade ${settings.maxGrade} set by ${settings.origin.maxGrade} ` +
          `(${counts.words} words in ${counts.sentences} sentences: ${metrics.wordsPerSentence} words and ` +
          `${(counts.syllables / counts.words).toFixed(2)} syllables per word). Shorten the longest sentences first.`,
      });
    }
  },
});

function titleNode(tree: MdastRoot): Node | undefined {
  return tree.children.find((n) => n.type === 'heading' && n.depth === 1);
}
