// `kblint codes [paths..]`: which catalog codes the articles explain, mention
// without context, or never name; and the codes they name that the catalog lacks.
import { computeCoverage, formatCoverage } from '../codes/coverage.js';
import { loadFiles, startRun } from '../engine/lint.js';
import type { Argv } from 'yargs';
import { checkOutputPath, emitReport, inputFromArgs, inputOptions, stderrPrinter, type CliIO, type InputArgs } from './common.js';

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
  await checkOutputPath(args.output, io);
  const run = await startRun({ ...inputFromArgs(args, io), notify: stderrPrinter(io) });
  const loaded = await loadFiles(run);
  for (const file of loaded) if (file.error !== undefined) io.stderr(`kblint: skipped ${file.path}: ${file.error}\n`);
  const report = formatCoverage(computeCoverage(loaded.flatMap((f) => f.articles), run.config), args.format);
  await emitReport(report, args.output, io);
  return 0;
}
