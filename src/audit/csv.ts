// articles.csv: one row per article, RFC 4180 (csv-stringify quotes what needs
// it, CRLF line ends), UTF-8 without a BOM. Text a spreadsheet would run as a
// formula is prefixed with an apostrophe so it opens as the text it is.
import { stringify } from 'csv-stringify/sync';
import type { AuditReport } from './schema.js';

export const CSV_COLUMNS = [
  'path',
  'title',
  'category',
  'locale',
  'published',
  'updated',
  'reviewed',
  'age_days',
  'views',
  'freshness',
  'errors',
  'warnings',
  'readability_grade',
  'broken_links',
  'dead_links',
  'unexplained_error_codes',
  'priority',
] as const;

/** `=`, `+`, `-`, `@` (and tab or carriage return, which some spreadsheets strip first) start a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function renderCsv(report: AuditReport): string {
  const text = (value: string | null) => (value === null ? '' : neutraliseFormula(value));
  const number = (value: number | null) => (value === null ? '' : String(value));
  const rows = report.articles.map((a) => [
    text(a.path),
    text(a.title),
    text(a.category),
    text(a.locale),
    a.published ?? '',
    a.updated ?? '',
    a.reviewed ?? '',
    number(a.ageDays),
    number(a.views),
    a.status,
    String(a.errors),
    String(a.warnings),
    number(a.grade),
    String(a.brokenLinks),
    String(a.deadLinks),
    String(a.unexplainedCodes),
    String(a.priority),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\r\n', bom: false });
}
