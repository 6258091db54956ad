// `kblint codes [paths..]`: which catalog codes the articles explain, mention
// without context, or never name; and the codes they name that the catalog lacks.
import { articleName } from '../model/article.js';
import { computeCoverage, formatCoverage, type ArticleCodeCoverage } from '../codes/coverage.js';
import { catalogFact, codeCoverageFact } from '../codes/facts.js';
import { lint } from '../engine/lint.js';
import type { ErrorCodeCatalog } from '../codes/catalog.js';
import { checkOutputPath, emitReport, inputFromArgs, stderrPrinter, type CliIO } from './common.js';
import type { CodesArgs } from './options.js';


/** Returns the exit code: 0 (a report is not a lint failure); config and usage errors throw. */
export async function runCodes(args: CodesArgs, io: CliIO): Promise<number> {
  await checkOutputPath(args.output, io);
  const input = inputFromArgs(args, io);
  // The same discovery, reading and parsing as a lint, collecting each article's codes (a fact) and running no rule.
  const articles: { name: string; codes: ArticleCodeCoverage[] }[] = [];
  let catalog: ErrorCodeCatalog | null = null;
  const results = await lint({
    ...input,
    // Coverage needs no network: external links are not checked.
    flags: { offline: true },
    notify: stderrPrinter(io),
    collect: {
      facts: [codeCoverageFact],
      // Coverage is all this command reports: no rule needs to run.
      only: true,
      onRun: (facts) => void (catalog = facts.get(catalogFact)),
      onArticle: (article, facts) => articles.push({ name: articleName(article.summary), codes: facts.get(codeCoverageFact) }),
    },
  });
  for (const file of results.files) {
    for (const m of file.messages) if (m.ruleId === 'read-error') io.stderr(`kblint: skipped ${file.path}: ${m.message.replace(/^Cannot lint [^:]*: /, '').replace(/\.$/, '')}\n`);
  }
  const report = formatCoverage(computeCoverage(articles, catalog), args.format);
  await emitReport(report, args.output, io);
  return 0;
}
