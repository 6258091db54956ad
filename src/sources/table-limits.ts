// A cheap scan of Markdown text for GFM tables too large to parse. The
// table tokenizer keeps several events per cell, about 7 KB of memory each
// at its peak: a 5,000-column table of 200 rows takes gigabytes before any
// tree exists. This scan counts cells from the text alone, so an oversized
// table is refused before the parser sees it.
import type { Span } from '../model/types.js';

export interface TableLimits {
  /** Columns of one table (its delimiter row). */
  columns: number;
  /** Cells of one table, every row's cells counted as written (extra cells included: the parser reads them too). */
  cells: number;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = { columns: 500, cells: 20_000 };

export interface OversizedTable {
  /** What is over: the first limit broken. */
  limit: 'columns' | 'cells';
  columns: number;
  /** Cells counted up to the point the limit was broken (a lower bound when over). */
  cells: number;
  /** The table's header row, 1-based. */
  line: number;
  /** UTF-16 offset of the header row's start in the text. */
  offset: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** The first table over a limit, or null. Linear in the text; lines inside fenced code are skipped. */
export function findOversizedTable(text: string, limits: TableLimits = DEFAULT_TABLE_LIMITS): OversizedTable | null {
  let fence: string | null = null;
  let previous: { start: number; line: number; pipe: boolean } | null = null;
  let table: { columns: number; cells: number; line: number; offset: number } | null = null;
  let line = 0;
  const lineBreaks = /\r\n?|\n/g;
  for (let start = 0; start <= text.length; ) {
    const lineBreak = lineBreaks.exec(text);
    const end = lineBreak ? lineBreak.index : text.length;
    line++;
    const next = lineBreak ? lineBreaks.lastIndex : text.length + 1;
    const content = unquoted(text.slice(start, end));
    if (table) {
      if (content.trim() === '') {
        table = null;
      } else {
        table.cells += rowCells(content);
        if (table.cells > limits.cells) return { limit: 'cells', ...table };
      }
    } else if (fence !== null) {
      const closing = FENCE.exec(content);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && content.trim() === closing[1]) fence = null;
    } else {
      const opening = FENCE.exec(content);
      if (opening) {
        fence = opening[1]!;
      } else if (previous && content.includes('-')) {
        const columns = delimiterColumns(content);
        if (columns > 0 && (content.includes('|') || previous.pipe)) {
          const found = { columns, cells: columns * 2, line: previous.line, offset: previous.start };
          if (columns > limits.columns) return { limit: 'columns', ...found };
          if (found.cells > limits.cells) return { limit: 'cells', ...found };
          table = found;
        }
      }
    }
    previous = content.trim() === '' ? null : { start, line, pipe: content.includes('|') };
    start = next;
  }
  return null;
}

/** Where a table's header row starts, as a span of its first character. */
export function oversizedTableSpan(found: OversizedTable): Span {
  return { start: { line: found.line, column: 1 }, end: { line: found.line, column: 2 } };
}

export function oversizedTableMessage(found: OversizedTable, limits: TableLimits): string {
  const what =
    found.limit === 'columns'
      ? `has ${found.columns.toLocaleString('en-US')} columns, over the limit of ${limits.columns.toLocaleString('en-US')} (limits.tableColumns)`
      : `has more than ${limits.cells.toLocaleString('en-US')} cells (limits.tableCells)`;
  return `a table ${what}; a table that large takes too much memory to parse, so the file is not linted`;
}

/** Cells of a delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function delimiterColumns(content: string): number {
  let body = content.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  if (body === '') return 0;
  let columns = 0;
  for (const cell of body.split('|')) {
    if (!DELIMITER_CELL.test(cell)) return 0;
    columns++;
  }
  return columns;
}

/** Cells a row holds as written: its pipes, less an outer pipe at either end. */
function rowCells(content: string): number {
  const row = content.trim();
  let count = 1;
  for (let at = row.indexOf('|'); at !== -1; at = row.indexOf('|', at + 1)) count++;
  if (row.length > 1 && row.startsWith('|')) count--;
  if (row.length > 1 && row.endsWith('|')) count--;
  return Math.max(count, 1);
}

/** A line without its blockquote markers (a table may sit in a quote). */
function unquoted(content: string): string {
  return content.startsWith('>') || /^[ \t]{0,3}>/.test(content) ? content.replace(/^(?:[ \t]{0,3}>)+/, '') : content;
}
