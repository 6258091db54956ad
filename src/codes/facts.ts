// The error-code facts: the catalog the config names (a run fact, so it
// lives beside the config instead of on it) and each article's codes.
import { defineArticleFact, defineRunFact } from '../model/facts.js';
import { analyzeArticle, type ArticleCodes } from './analyze.js';
import { loadCatalog, type ErrorCodeCatalog } from './catalog.js';
import { articleCoverage } from './coverage.js';
import { createCodeSettings } from './detect.js';

/** The parsed `errorCodes.catalog`, or null when the config names none. A bad file is a config error. */
export const catalogFact = defineRunFact<ErrorCodeCatalog | null>('codes:catalog', ({ config }) => {
  const file = config.errorCodes?.catalog;
  return file ? loadCatalog(file, config.baseDir) : null;
});

/** How codes are found: the config's pattern, ignore list and catalog. */
export const codeSettingsFact = defineRunFact('codes:settings', ({ config }, facts) =>
  createCodeSettings({ pattern: config.errorCodes?.pattern, catalog: facts.get(catalogFact), ignore: config.errorCodes?.ignore }),
);

/** The error codes the article names, each with its section and whether it is explained. */
export const articleCodesFact = defineArticleFact<ArticleCodes>('codes:article', (article, facts) =>
  analyzeArticle(article, facts.get(codeSettingsFact)),
);

/** What `kblint codes` reads of each article: its codes, compact. */
export const codeCoverageFact = defineArticleFact('codes:coverage', (_article, facts) => articleCoverage(facts.get(articleCodesFact)));
