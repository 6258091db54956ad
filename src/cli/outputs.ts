// `--format NAME[:FILE]`, repeatable: one run can print annotations, write
// SARIF and a summary. Each spec is checked before any article is read.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../engine/errors.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../reporters/index.js';

export interface OutputSpec {
  format: FormatName;
  /** Absolute path to write to; undefined: stdout. */
  file?: string;
}

/**
 * Parses the `--format` values. A value without `:FILE` goes to `--output`
 * when that is given, else to stdout; only one report may go to each place,
 * and a FILE may not be a folder.
 */
export function parseOutputSpecs(values: readonly string[], output: string | undefined, cwd: string): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const value of values.length === 0 ? ['text'] : values) {
    const colon = value.indexOf(':');
    const name = colon === -1 ? value : value.slice(0, colon);
    const file = colon === -1 ? output : value.slice(colon + 1);
    if (!isFormatName(name)) {
      throw new UsageError(`--format: unknown format "${name}" in "${value}" (choose from ${FORMAT_NAMES.join(', ')}; add :FILE to write it to a file)`);
    }
    if (file === '') throw new UsageError(`--format ${value}: no file name after ":"`);
    specs.push({ format: name, ...(file === undefined ? {} : { file: path.resolve(cwd, file) }) });
  }
  const toStdout = specs.filter((spec) => spec.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `--format: ${toStdout.map((s) => s.format).join(' and ')} would all print to stdout; give all but one a file (e.g. --format ${toStdout[1]!.format}:report.${toStdout[1]!.format})`,
    );
  }
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.file === undefined) continue;
    if (seen.has(spec.file)) throw new UsageError(`--format: two reports would be written to ${path.relative(cwd, spec.file) || spec.file}`);
    seen.add(spec.file);
    if (statSync(spec.file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--format ${spec.format}: ${path.relative(cwd, spec.file) || spec.file} is a folder; name a file to write the report to`);
    }
  }
  return specs;
}
