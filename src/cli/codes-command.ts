// `kblint codes [paths..]`: which catalog codes the articles explain, mention
// without context, or never name; and the codes they name that the catalog lacks.
import type { Argv } from 'yargs';
import { articleName } from '../model/article.js';
import { computeCoverage, formatCoverage, type ArticleCodeCoverage } from '../codes/coverage.js';
import { catalogFact, codeCoverageFact } from '../codes/facts.js';
import { lint } from '../engine/lint.js';
import type { ErrorCodeCatalog } from '../codes/catalog.js';
import { emitReport, inputFromArgs, inputOptions, type CliIO, type InputArgs } from './common.js';

export interface CodesArgs extends InputArgs {
  format: 'text' | 'json';
  output?: string;
}

export function codesOptions<T>(y: Argv<T>) {
  return inputOptions(y)
    .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' });
}

/** Returns the exit code: 0 (a report is not a lint failure); config and usage errors throw. */
export async function runCodes(args: CodesArgs, io: CliIO): Promise<number> {
  const input = inputFromArgs(args, io);
  // The same run as a lint, collecting each article's codes (a fact) instead of reporting findings.
  const articles: { name: string; codes: ArticleCodeCoverage[] }[] = [];
  let catalog: ErrorCodeCatalog | null = null;
  const results = await lint({
    ...input,
    // Coverage needs no network: external links are not checked.
    flags: { offline: true },
    collect: {
      facts: [codeCoverageFact],
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
