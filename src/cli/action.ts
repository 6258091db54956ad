// The GitHub Action's driver (action.yml runs it from the committed bundle):
// inputs from the environment → one kblint run that prints annotations and
// writes the JSON report, SARIF and the step summary → step outputs → exit code.
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { CliIO } from './common.js';
import { EXIT } from './lint-command.js';

export interface ActionInputs {
  paths: string[];
  args: string[];
  config?: string;
  failOn: 'error' | 'warning' | 'never';
  changedOnly: boolean;
  baseline?: string;
  sarifFile?: string;
  summary: boolean;
  /** The results cache (`--cache`), kept between runs by action.yml's actions/cache step. */
  cache: boolean;
  /** Annotations per severity (0: no limit), or false for none. */
  annotations: number | false;
}

/** Splits one `args` line into words as a shell would, without expanding anything: quotes and backslashes only. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i]!;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (ch === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]!;
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new UsageError(`args: unterminated ${quote} quote in: ${line}`);
  if (word !== null) words.push(word);
  return words;
}

const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`input ${name}: "${value}" is not true or false`);
}

/** The action's inputs, passed by action.yml as KBLINT_INPUT_<NAME> variables (never pasted into a script). */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string) => env[`KBLINT_INPUT_${name.toUpperCase().replace(/-/g, '_')}`];
  const failOn = (input('fail-on') ?? '').trim() || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UsageError(`input fail-on: "${failOn}" is not error, warning or never`);
  const annotationsText = (input('annotations') ?? '').trim() || '10';
  let annotations: number | false;
  if (annotationsText === 'false') annotations = false;
  else if (/^\d+$/.test(annotationsText)) annotations = Number(annotationsText);
  else throw new UsageError(`input annotations: "${annotationsText}" is not a number of annotations per severity, or false`);
  const config = (input('config') ?? '').trim();
  const baseline = (input('baseline') ?? '').trim();
  const sarifFile = (input('sarif-file') ?? '').trim();
  return {
    // One path per line, spaces and all.
    paths: lines(input('paths')),
    // One or more options per line, split like a shell would (quotes keep spaces), never evaluated.
    args: lines(input('args')).flatMap(splitWords),
    ...(config ? { config } : {}),
    failOn,
    changedOnly: flag('changed-only', input('changed-only'), false),
    ...(baseline ? { baseline } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    summary: flag('summary', input('summary'), true),
    cache: flag('cache', input('cache'), true),
    annotations,
  };
}

export interface ActionPlan {
  argv: string[];
  reportFile: string;
  summaryFile?: string;
}

export function planRun(inputs: ActionInputs, env: NodeJS.ProcessEnv, tempDir: string, notice: (text: string) => void): ActionPlan {
  const reportFile = path.join(tempDir, 'kblint-report.json');
  const summaryFile = inputs.summary ? path.join(tempDir, 'kblint-summary.md') : undefined;
  const argv = ['lint', ...inputs.paths];
  argv.push('--format', inputs.annotations === false ? 'text' : 'github');
  if (inputs.annotations !== false) argv.push('--annotations', String(inputs.annotations));
  argv.push('--format', `json:${reportFile}`);
  if (summaryFile) argv.push('--format', `markdown:${summaryFile}`);
  if (inputs.sarifFile) argv.push('--format', `sarif:${inputs.sarifFile}`);
  if (inputs.config) argv.push('--config', inputs.config);
  if (inputs.baseline) argv.push('--baseline', inputs.baseline);
  if (inputs.changedOnly) {
    const base = env['GITHUB_BASE_REF'];
    if (base) argv.push('--changed-since', `origin/${base}`);
    else notice('changed-only: this run is not for a pull request (no GITHUB_BASE_REF), so every article is linted');
  }
  if (inputs.cache) argv.push('--cache');
  argv.push(...inputs.args);
  return { argv, reportFile, ...(summaryFile ? { summaryFile } : {}) };
}

interface ReportSummary {
  files: number;
  errors: number;
  warnings: number;
}

/** Runs kblint for the action; `runMain` is the CLI's `main`. Returns the step's exit code. */
export async function runAction(env: NodeJS.ProcessEnv, io: CliIO, runMain: (argv: string[], io: CliIO) => Promise<number>): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    io.stderr(`::error title=kblint::${(error as Error).message}\n`);
    return EXIT.failure;
  }
  const tempDir = await mkdtemp(path.join(env['RUNNER_TEMP'] || tmpdir(), 'kblint-'));
  const plan = planRun(inputs, env, tempDir, (text) => io.stdout(`::notice title=kblint::${text}\n`));
  const code = await runMain(plan.argv, io);
  let summary: ReportSummary | null = null;
  try {
    summary = (JSON.parse(await readFile(plan.reportFile, 'utf8')) as { summary: ReportSummary }).summary;
  } catch {
    // kblint stopped before writing a report (a usage or config error): it said why on stderr.
  }
  if (env['GITHUB_OUTPUT']) {
    const outputs = [
      `errors=${summary?.errors ?? ''}`,
      `warnings=${summary?.warnings ?? ''}`,
      `files=${summary?.files ?? ''}`,
      `sarif-file=${summary && inputs.sarifFile ? inputs.sarifFile : ''}`,
    ];
    await appendFile(env['GITHUB_OUTPUT'], `${outputs.join('\n')}\n`);
  }
  if (plan.summaryFile && summary && env['GITHUB_STEP_SUMMARY']) {
    await appendFile(env['GITHUB_STEP_SUMMARY'], await readFile(plan.summaryFile, 'utf8'));
  }
  if (code === EXIT.failure || summary === null) return EXIT.failure;
  if (inputs.failOn === 'never') return EXIT.ok;
  if (inputs.failOn === 'warning' && summary.errors + summary.warnings > 0) return EXIT.findings;
  return code;
}
