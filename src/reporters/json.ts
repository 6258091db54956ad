import type { FileResult, LintMessage, LintResults, Severity, ShardData } from '../model/types.js';

/** The machine-readable output, version 1. Keys are only ever added, never renamed. */
export interface JsonReport {
  version: 1;
  now: string;
  /** `fatalErrors`: messages about files (or rules on them) that could not be linted; such a file is never clean. */
  summary: { files: number; errors: number; warnings: number; infos: number; suppressed?: number; fatalErrors: number };
  files: JsonFile[];
  /** Only in a `--shard K/N` run's report: what `kblint merge` needs (its own layout, versioned by `format`). */
  shard?: ShardData;
}

export interface JsonFile {
  path: string;
  metadata: {
    title: string | null;
    published: string | null;
    updated: string | null;
    views: number | null;
    category: string | null;
    /** Only when the source gave one (it may be null). */
    locale?: string | null;
    /** The review date (freshness.reviewField): only when the config names that field. */
    reviewed?: string | null;
  };
  messages: JsonMessage[];
  /** Findings known from the baseline, when they are shown (`--show-suppressed`). */
  suppressed?: JsonMessage[];
  /** The file the lines refer to, when it is not `path` (listing and export entries: `path` is `file#key`). */
  filePath?: string;
  /** How many of `messages` say the file could not be (fully) linted. */
  fatalErrors: number;
  /** Only when the run computed metrics; names sorted. */
  metrics?: Record<string, number>;
}

export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  url?: string;
  suggestion?: string;
  fingerprint?: string;
  /** Present (true) when the file could not be linted because of this message. */
  fatal?: true;
}

/**
 * `results` as JSON (2-space indent, trailing newline). Every object is built
 * field by field, so the key order is fixed and nothing else from the model
 * leaks in; `results.rules` is deliberately left out.
 */
export function formatJson(results: LintResults): string {
  const report: JsonReport = {
    version: 1,
    now: results.now,
    summary: {
      files: results.summary.files,
      errors: results.summary.errors,
      warnings: results.summary.warnings,
      infos: results.summary.infos,
      ...(results.summary.suppressed === undefined ? {} : { suppressed: results.summary.suppressed }),
      fatalErrors: results.summary.fatalErrors ?? countFatal(results.files),
    },
    files: results.files.map(toJsonFile),
  };
  const text = JSON.stringify(report, null, 2);
  // The shard block is for `kblint merge`, not for reading: on one line, it stays a fraction of the size.
  return results.shard ? `${text.slice(0, -2)},\n  "shard": ${JSON.stringify(results.shard)}\n}\n` : `${text}\n`;
}

function toJsonFile(file: FileResult): JsonFile {
  const { metadata } = file;
  const out: JsonFile = {
    path: file.path,
    metadata: {
      title: metadata.title,
      published: metadata.published,
      updated: metadata.updated,
      views: metadata.views,
      category: metadata.category,
    },
    messages: file.messages.map(toJsonMessage),
    fatalErrors: countFatal([file]),
  };
  if (metadata.locale !== undefined) out.metadata.locale = metadata.locale;
  if (metadata.reviewed !== undefined) out.metadata.reviewed = metadata.reviewed;
  if (file.filePath !== file.path) out.filePath = file.filePath;
  if (file.suppressed !== undefined) out.suppressed = file.suppressed.map(toJsonMessage);
  if (file.metrics !== undefined) {
    const metrics: Record<string, number> = {};
    for (const name of Object.keys(file.metrics).sort()) metrics[name] = file.metrics[name] as number;
    out.metrics = metrics;
  }
  return out;
}

function countFatal(files: FileResult[]): number {
  return files.reduce((n, file) => n + file.messages.filter((m) => m.fatal).length, 0);
}

function toJsonMessage(message: LintMessage): JsonMessage {
  const out: JsonMessage = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (message.url !== undefined) out.url = message.url;
  if (message.suggestion !== undefined) out.suggestion = message.suggestion;
  if (message.fingerprint !== undefined) out.fingerprint = message.fingerprint;
  if (message.fatal) out.fatal = true;
  return out;
}
