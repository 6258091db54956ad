// The link facts: the run's link options, each article's classified links,
// anchors and help-center id (built in the worker, sent back as plain data),
// and the two corpus facts the link rules read.
import path from 'node:path';
import { defineArticleFact, defineCorpusFact, defineRunFact } from '../model/facts.js';
import { classifyLink } from './classify.js';
import { combineExternalResults, ExternalSession, externalUrls, saveExternalResults, type ExternalResults } from './external.js';
import { collectAnchors, collectLinks } from './extract.js';
import { idOf, InternalTargetsCollector, type ClassifiedLink, type InternalTargets } from './internal.js';
import { linkOptions } from './options.js';

export const linkOptionsFact = defineRunFact('links:options', ({ config }) => linkOptions(config));

/** Every link of the article with what it points at. */
export const linksFact = defineArticleFact<ClassifiedLink[]>('links:links', (article, facts) => {
  const { site } = facts.get(linkOptionsFact);
  const context = { articleDir: path.dirname(article.absolutePath), articlePath: article.absolutePath, site };
  return collectLinks(article.tree).map((link) => ({ ...link, target: classifyLink(link.url, context) }));
});

/** The anchors a `#fragment` may name in this article. */
export const anchorsFact = defineArticleFact<ReadonlySet<string>>('links:anchors', (article, facts) =>
  collectAnchors(article.tree, facts.get(linkOptionsFact).slugger),
);

/** The help-center article id (and slug) of the article, from its file name or frontmatter. */
export const articleIdFact = defineArticleFact('links:article-id', (article, facts) =>
  idOf(article.absolutePath, article.frontmatter, facts.get(linkOptionsFact).idFields),
);

/** Which files, anchors and article ids internal links can reach. */
export const internalTargetsFact = defineCorpusFact<InternalTargets>('links:internal', [linksFact, anchorsFact, articleIdFact], (input) => {
  const options = linkOptions(input.config);
  const collector = new InternalTargetsCollector({ siteRoot: options.site.root, slugger: options.slugger, idFields: options.idFields }, input.config);
  return {
    add(article, facts) {
      collector.add({
        absolutePath: article.absolutePath,
        key: article.key,
        links: facts.get(linksFact),
        anchors: facts.get(anchorsFact),
        id: facts.get(articleIdFact),
      });
    },
    finish: () => collector.finish(),
  };
});

/**
 * The external links' check results. Checking starts as each article's links
 * arrive from its worker, so the network overlaps with parsing; one session
 * (one scheduler, one cache) serves the whole run. A shard checks its own
 * articles' links; `kblint merge` joins the shards' results.
 */
export const externalResultsFact = defineCorpusFact<ExternalResults>('links:external', [linksFact], (input, facts) => {
  const session = new ExternalSession(facts.get(linkOptionsFact), input.flags);
  const start = (links: readonly ClassifiedLink[]) => session.start(externalUrls(links, session), input.notify);
  return {
    arrive(_article, articleFacts, checked) {
      if (checked) start(articleFacts.get(linksFact));
    },
    add(_article, articleFacts, checked) {
      if (checked) start(articleFacts.get(linksFact));
    },
    async finish() {
      await session.finish(input.notify);
      return session;
    },
  };
}, {
  save: saveExternalResults,
  combine: (saved, _input, facts) => combineExternalResults(saved, facts.get(linkOptionsFact)),
});
