// `kblint history`: the audits stored in the history, oldest first.
import path from 'node:path';
import { HistoryError, listAudits, openHistory } from '../audit/history.js';
import type { HistoryArgs } from './audit-options.js';
import { UsageError } from '../engine/errors.js';
import type { CliIO } from './common.js';

export function runHistory(args: HistoryArgs, io: CliIO): number {
  const file = path.resolve(io.cwd, args.history);
  let audits;
  try {
    const db = openHistory(file, { create: false });
    try {
      audits = listAudits(db);
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof HistoryError) throw new UsageError(error.message);
    throw error;
  }
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, history: args.history, audits }, null, 2)}\n`);
    return 0;
  }
  if (audits.length === 0) {
    io.stdout(`No audits stored in ${args.history}.\n`);
    return 0;
  }
  const header = ['#', 'run at', 'as of', 'quarter', 'articles', 'fresh', 'stale', 'errors', 'dead links', 'kblint'];
  const rows = audits.map((a) => [
    String(a.runId),
    a.createdAt.replace('T', ' ').slice(0, 19),
    a.now,
    a.quarter,
    String(a.figures.articles),
    `${a.figures.freshPercent}%`,
    `${a.figures.stalePercent}%`,
    String(a.figures.errors),
    String(a.figures.deadLinks),
    a.kblintVersion,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  return 0;
}
