// `kblint codes [paths..]`: which catalog codes the articles explain, mention
// without context, or never name; and the codes they name that the catalog lacks.
import { computeCoverage, formatCoverage } from '../codes/coverage.js';
import { loadFiles, startRun } from '../engine/lint.js';
import type { Argv } from 'yargs';
import { SOURCE_CHOICES, type SourceChoice } from '../sources/detect.js';
import { emitReport, type CliIO } from './common.js';

export interface CodesArgs {
  paths?: string[];
  config?: string;
  format: 'text' | 'json';
  output?: string;
  source?: SourceChoice;
}

export function codesOptions<T>(y: Argv<T>) {
  return y
    .positional('paths', { describe: 'Files, directories or globs (default: the current directory)', type: 'string', array: true })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' })
    .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' })
    .option('source', {
      choices: SOURCE_CHOICES,
      default: 'auto' as SourceChoice,
      describe: 'Read files as this format instead of detecting it (auto: by extension, then by content)',
    });
}

/** Returns the exit code: 0 (a report is not a lint failure); config and usage errors throw. */
export async function runCodes(args: CodesArgs, io: CliIO): Promise<number> {
  const run = await startRun({
    patterns: args.paths ?? [],
    cwd: io.cwd,
    configPath: args.config,
    ...(args.source && args.source !== 'auto' ? { source: args.source } : {}),
  });
  const loaded = await loadFiles(run);
  for (const file of loaded) if (file.error !== undefined) io.stderr(`kblint: skipped ${file.path}: ${file.error}\n`);
  const report = formatCoverage(computeCoverage(loaded.flatMap((f) => f.articles), run.config), args.format);
  await emitReport(report, args.output, io);
  return 0;
}
