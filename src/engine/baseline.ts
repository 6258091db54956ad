// The baseline: findings a help center already had when it adopted kblint.
// A lint with a baseline reports them as suppressed and fails only on new
// ones. Findings are matched by fingerprint (src/engine/fingerprint.ts), so a
// line shift or an edit elsewhere in the article keeps a finding known.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { FileResult, LintResults } from '../model/types.js';
import { UsageError } from './errors.js';
import { summarize } from './check.js';
import { projectName } from './fingerprint.js';
import { writeFileAtomic } from '../util/write-atomic.js';

/** Where `kblint baseline` writes and `kblint lint` looks, relative to the config's folder. */
export const DEFAULT_BASELINE = '.kblint/baseline.json';

const entrySchema = z.strictObject({
  path: z.string(),
  ruleId: z.string(),
  fingerprint: z.string(),
  message: z.string(),
});

const baselineSchema = z.strictObject({
  version: z.literal(1),
  tool: z.literal('kblint'),
  findings: z.array(entrySchema),
});

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineEntry = z.infer<typeof entrySchema>;

/** What the baseline of `results` holds: every finding, sorted, so the file diffs well. */
export function buildBaseline(results: LintResults, cwd: string, baseDir: string): Baseline {
  const findings: BaselineEntry[] = [];
  for (const file of results.files) {
    const name = projectName(file, cwd, baseDir);
    for (const message of [...file.messages, ...(file.suppressed ?? [])]) {
      if (message.fingerprint === undefined) continue;
      findings.push({ path: name, ruleId: message.ruleId, fingerprint: message.fingerprint, message: message.message });
    }
  }
  const key = (e: BaselineEntry) => [e.path, e.ruleId, e.fingerprint];
  findings.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
  return { version: 1, tool: 'kblint', findings };
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Reads a baseline; a file that is not one stops the run (exit 2) naming it. */
export async function readBaseline(file: string, shown = file): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the baseline ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the baseline ${shown} is not valid JSON (${(error as Error).message}); rewrite it with kblint baseline`);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`the baseline ${shown} is not a kblint baseline: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Moves every finding the baseline knows to `suppressed`; the summary counts only the new ones (and how many were suppressed). */
export function applyBaseline(results: LintResults, baseline: Baseline): LintResults {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  let suppressedCount = 0;
  const files: FileResult[] = results.files.map((file) => {
    const fresh = file.messages.filter((m) => m.fingerprint === undefined || !known.has(m.fingerprint));
    if (fresh.length === file.messages.length) return file;
    const suppressed = file.messages.filter((m) => m.fingerprint !== undefined && known.has(m.fingerprint));
    suppressedCount += suppressed.length;
    return { ...file, messages: fresh, suppressed };
  });
  return { ...results, files, summary: { ...summarize(files), suppressed: suppressedCount } };
}

export interface BaselineChoice {
  /** An explicit file (`--baseline FILE`; must exist), or false to use none (`--no-baseline`). */
  file?: string | false;
}

/** The lint's baseline: `--baseline FILE`, else `.kblint/baseline.json` beside the config when it exists. */
export async function resolveBaseline(choice: BaselineChoice, cwd: string, baseDir: string): Promise<Baseline | null> {
  if (choice.file === false) return null;
  if (choice.file !== undefined) return readBaseline(path.resolve(cwd, choice.file), choice.file);
  const fallback = path.join(baseDir, DEFAULT_BASELINE);
  try {
    await readFile(fallback);
  } catch {
    return null;
  }
  return readBaseline(fallback, path.relative(cwd, fallback) || fallback);
}
