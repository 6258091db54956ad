// `kblint lint`: its options, and turning one run's results into every report asked for.
import { UsageError } from '../engine/errors.js';
import type { LintResults } from '../model/types.js';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toPosix } from '../config/policies.js';
import { gitTopLevel } from '../engine/git.js';
import { formatResults, SARIF_MAX_RESULTS, sarifOverflow, shouldUseColor, unlintedFiles } from '../reporters/index.js';
import { KBLINT_VERSION } from '../model/version.js';
import { checkOutputPath, emitReport, lintFromArgs, type CliIO } from './common.js';
import type { CommonArgs } from './options.js';
import { parseOutputSpecs, type OutputSpec } from './outputs.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export interface LintArgs extends CommonArgs {
  format: string[];
  output?: string;
  maxWarnings: number;
  quiet: boolean;
  annotations: number;
  showSuppressed: boolean;
}

export type ReportArgs = Pick<LintArgs, 'format' | 'output' | 'maxWarnings' | 'quiet' | 'annotations'>;

/** The report flags checked, and where each report goes (UsageError when off). */
export async function checkReportArgs(args: ReportArgs, io: CliIO): Promise<OutputSpec[]> {
  if (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1) {
    throw new UsageError(`--max-warnings takes a whole number of 0 or more (or -1 for no limit), not "${args.maxWarnings}"`);
  }
  if (!Number.isInteger(args.annotations) || args.annotations < 0) {
    throw new UsageError(`--annotations takes a whole number of 0 or more, not "${args.annotations}"`);
  }
  await checkOutputPath(args.output, io);
  return parseOutputSpecs(args.format, args.output, io.cwd);
}

export async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const outputs = await checkReportArgs(args, io);
  const results = await lintFromArgs(args, io);
  await writeReports(outputs, args.showSuppressed ? withSuppressedShown(results) : results, args, io);
  if (results.shard) return shardDone(results, outputs, io);
  return exitCodeFor(results, args.maxWarnings, io);
}

/**
 * A shard's report is not the verdict: rules that compare articles have not
 * run, and a failing matrix job would cancel its siblings (fail-fast). So a
 * shard that wrote its report exits 0, says what is left, and `kblint merge`
 * gives the exit code.
 */
function shardDone(results: LintResults, outputs: OutputSpec[], io: CliIO): number {
  const shard = results.shard!;
  const deferred = shard.deferred.length > 0 ? `; ${shard.deferred.join(', ')} need every article and run at kblint merge` : '';
  io.stderr(`kblint: shard ${shard.index}/${shard.count}: ${results.files.length} of the articles linted${deferred}; the merge gives the exit code\n`);
  if (!outputs.some((o) => o.format === 'json')) {
    io.stderr('kblint: warning: no json report was written, so this shard cannot be merged: add --format json:FILE\n');
  }
  return EXIT.ok;
}

/** Every report of the run, each to its file or stdout. */
export async function writeReports(outputs: OutputSpec[], results: LintResults, args: Pick<LintArgs, 'quiet' | 'annotations'>, io: CliIO): Promise<void> {
  const place = { ...(await repositoryPlace(io.cwd)), annotationsPerSeverity: args.annotations, ...githubLinks(io.env) };
  for (const output of outputs) {
    const color = output.format === 'text' && output.file === undefined && shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env });
    const report = formatResults(output.format, results, { color, quiet: args.quiet, toolVersion: KBLINT_VERSION, ...place });
    if (output.format === 'sarif') {
      const left = sarifOverflow(results);
      if (left > 0) io.stderr(`kblint: warning: the SARIF report leaves out ${left} results, over GitHub's ${SARIF_MAX_RESULTS} per run; the most severe were kept\n`);
    }
    await emitReport(report, output.file, io, { workflowCommands: output.format === 'github' });
  }
  // The text summary says it itself; other formats (or report files) get it on stderr.
  const unlinted = unlintedFiles(results);
  if (unlinted > 0 && outputs.some((o) => o.format !== 'text' || o.file !== undefined)) {
    io.stderr(`kblint: ${unlinted === 1 ? '1 file' : `${unlinted} files`} could not be linted (read-error or rule-error in the report)\n`);
  }
}

/** The suppressed findings back among the messages, marked, for reading (the summary still counts them apart). */
export function withSuppressedShown(results: LintResults): LintResults {
  return {
    ...results,
    files: results.files.map((file) =>
      file.suppressed === undefined
        ? file
        : {
            ...file,
            messages: [...file.messages, ...file.suppressed.map((m) => ({ ...m, message: `[in the baseline] ${m.message}` }))].sort((a, b) => a.line - b.line || a.column - b.column),
          },
    ),
  };
}

/** In GitHub Actions, markdown links point at the lines of the commit that was checked. */
function githubLinks(env: NodeJS.ProcessEnv): { linkBase?: string } {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return {};
  return { linkBase: `${server}/${repository}/blob/${sha}/` };
}

/** Where the working folder sits in its repository (git top level, else the working folder itself). */
async function repositoryPlace(cwd: string): Promise<{ pathPrefix: string; rootUri: string }> {
  const root = (await gitTopLevel(cwd)) ?? cwd;
  const relative = toPosix(path.relative(realpathSync(root), realpathSync(cwd)));
  const rootUri = pathToFileURL(root).href.replace(/\/?$/, '/');
  return { pathPrefix: relative === '' ? '' : `${relative}/`, rootUri };
}

export function exitCodeFor(results: LintResults, maxWarnings: number, io: CliIO): number {
  const { errors, warnings } = results.summary;
  if (errors > 0) return EXIT.findings;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`kblint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
