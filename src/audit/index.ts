// Building and writing an audit: the report model, its charts and the four
// files. The CLI (src/cli/audit-command.ts) adds the lint run and the history.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { buildCharts } from './charts.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import type { AuditReport } from './schema.js';
import { renderSummary } from './summary-md.js';
import { writeFileAtomic } from './write-atomic.js';

export { buildAuditReport, NO_HISTORY, type AuditHistory, type AuditInput } from './report.js';

export const AUDIT_FILES = ['index.html', 'audit.json', 'articles.csv', 'summary.md'] as const;

/** Render every file first, then write them, so a rendering failure leaves the folder as it was. */
export async function writeAudit(report: AuditReport, outDir: string): Promise<string[]> {
  const charts = await buildCharts(report);
  const files: [string, string][] = [
    ['index.html', renderHtml(report, charts)],
    ['audit.json', `${JSON.stringify(report, null, 2)}\n`],
    ['articles.csv', renderCsv(report)],
    ['summary.md', renderSummary(report)],
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(outDir, name);
    await writeFileAtomic(target, content);
    written.push(target);
  }
  return written;
}

/** A short, stable hash of the settings that shape the findings (paths left out). */
export function configHash(config: ResolvedConfig): string {
  const { baseDir: _baseDir, filePath: _filePath, ...settings } = config;
  return createHash('sha256').update(stableJson(settings)).digest('hex').slice(0, 16);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
