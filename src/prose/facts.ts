// The prose fact: each article's sentences as an nlcst tree, shared by every prose rule.
import { defineArticleFact } from '../model/facts.js';
import { extractProse, type Prose } from './extract.js';

export const proseFact = defineArticleFact<Prose>('prose', (article) => extractProse(article));
