// Plain text out of an mdast tree, in units a reader sees as one piece
// (a paragraph, a heading, a table cell, a line of a code block), with a map
// back to positions in the source so findings point at the code itself.
import type { Nodes, PhrasingContent, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { location } from 'vfile-location';
import type { Point, Span } from '../model/types.js';

export type UnitKind = 'paragraph' | 'heading' | 'cell' | 'code';

interface Piece {
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  /** Offset in the source where this piece's text starts, when known exactly. */
  sourceStart: number | null;
  /** Text taken verbatim from the source (so offsets map 1:1). */
  exact: boolean;
  inlineCode: boolean;
  /** Text of a link (its target presumably explains what it names). */
  inLink: boolean;
  /** Fallback location for the whole piece. */
  span: Span | null;
}

export interface TableRowInfo {
  /** Header text of each column, lower case. */
  headers: string[];
  /** Text of each cell of the row. */
  cells: string[];
}

export interface TextUnit {
  kind: UnitKind;
  /** Index of the top-level block (child of the root) the unit sits in. */
  block: number;
  text: string;
  pieces: Piece[];
  /** Depth for headings. */
  depth?: number;
  /** For table cells: the row, and which column this cell is (rows after the header only). */
  row?: TableRowInfo;
  column?: number;
  /** For code lines: the code block's language. */
  lang?: string | null;
  /** For units inside a list item. */
  inList?: boolean;
  /** Inside an ordered list (steps). */
  ordered?: boolean;
  /** Holds a link (or a link reference) with a target. */
  link?: boolean;
}

export interface ArticleText {
  units: TextUnit[];
  /** Top-level headings: block index, depth and text. */
  headings: { block: number; depth: number; text: string }[];
  /** Top-level block count. */
  blocks: number;
  toPoint(offset: number): Point;
}

const URL_LIKE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()]+|\b[\w-]+(?:\.[\w-]+)+\/[^\s<>()]*/giu;

/** Blank out URLs in text (same length), so no number inside one is ever read. */
export function maskUrls(text: string): string {
  return text.replace(URL_LIKE, (url) => ' '.repeat(url.length));
}

export function extractText(tree: Root, source: string): ArticleText {
  const place = location(source);
  const toPoint = (offset: number): Point => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), source.length))!;
    return { line: point.line, column: point.column };
  };

  const units: TextUnit[] = [];
  const headings: ArticleText['headings'] = [];

  const phrasing = (nodes: PhrasingContent[], unit: TextUnit, inLink = false) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const value = node.value;
          let sourceStart: number | null = null;
          let exact = false;
          const pos = node.position;
          if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
            const raw = source.slice(pos.start.offset, pos.end.offset);
            const at = raw.indexOf(value);
            if (at >= 0) {
              sourceStart = pos.start.offset + at;
              exact = true;
            } else sourceStart = pos.start.offset;
          }
          const start = unit.text.length;
          const shown = inLink && /^(?:https?:|www\.|mailto:)/i.test(value) ? ' '.repeat(value.length) : value;
          unit.text += shown;
          unit.pieces.push({ start, end: unit.text.length, sourceStart, exact, inlineCode: node.type === 'inlineCode', inLink, span: pos ? toSpan(pos) : null });
          break;
        }
        case 'link':
        case 'linkReference':
          if (node.type === 'linkReference' || node.url) unit.link = true;
          phrasing(node.children, unit, true);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          phrasing(node.children, unit, inLink);
          break;
        case 'break':
          unit.text += ' ';
          break;
        default:
          // images, html, footnote references: not prose a reader reads as text
          unit.text += ' ';
      }
    }
  };

  const newUnit = (kind: UnitKind, block: number, extra: Partial<TextUnit> = {}): TextUnit => ({ kind, block, text: '', pieces: [], ...extra });

  const walk = (node: Nodes, block: number, inList: boolean, ordered = false) => {
    switch (node.type) {
      case 'paragraph': {
        const unit = newUnit('paragraph', block, inList ? { inList, ordered } : {});
        phrasing(node.children, unit);
        units.push(unit);
        return;
      }
      case 'heading': {
        const unit = newUnit('heading', block, { depth: node.depth });
        phrasing(node.children, unit);
        units.push(unit);
        return;
      }
      case 'table':
        table(node, block);
        return;
      case 'code': {
        let offset = node.position?.start.offset;
        const raw = offset !== undefined && node.position?.end.offset !== undefined ? source.slice(offset, node.position.end.offset) : null;
        const at = raw ? raw.indexOf(node.value) : -1;
        offset = offset !== undefined && at >= 0 ? offset + at : undefined;
        let lineStart = 0;
        for (const line of node.value.split('\n')) {
          const unit = newUnit('code', block, { lang: node.lang ?? null });
          unit.text = line;
          unit.pieces.push({
            start: 0,
            end: line.length,
            sourceStart: offset !== undefined ? offset + lineStart : null,
            exact: offset !== undefined,
            inlineCode: false,
            inLink: false,
            span: node.position ? toSpan(node.position) : null,
          });
          units.push(unit);
          lineStart += line.length + 1;
        }
        return;
      }
      case 'list':
        for (const child of node.children) walk(child, block, true, node.ordered === true || ordered);
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child, block, inList, ordered);
    }
  };

  const table = (node: Table, block: number) => {
    const [head, ...rows] = node.children;
    if (!head) return;
    const headerUnits = head.children.map((cell) => {
      const unit = newUnit('cell', block);
      phrasing(cell.children, unit);
      return unit;
    });
    const headers = headerUnits.map((u) => u.text.trim().toLowerCase());
    for (const row of rows) {
      const cellUnits = row.children.map((cell, column) => {
        const unit = newUnit('cell', block, { column });
        phrasing(cell.children, unit);
        return unit;
      });
      const info: TableRowInfo = { headers, cells: cellUnits.map((u) => u.text.trim()) };
      for (const unit of cellUnits) units.push({ ...unit, row: info });
    }
  };

  tree.children.forEach((child, block) => {
    if (child.type === 'heading') headings.push({ block, depth: child.depth, text: toString(child, { includeImageAlt: false, includeHtml: false }) });
    walk(child, block, false);
  });

  return { units, headings, blocks: tree.children.length, toPoint };
}

function toSpan(pos: { start: { line: number; column: number }; end: { line: number; column: number } }): Span {
  return { start: { line: pos.start.line, column: pos.start.column }, end: { line: pos.end.line, column: pos.end.column } };
}

/** The last top-level heading at or before a block (the heading of the section it is in), if any. Binary search: headings are in block order. */
export function headingAt(text: Pick<ArticleText, 'headings'>, block: number): ArticleText['headings'][number] | undefined {
  const { headings } = text;
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.block <= block) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? headings[lo - 1] : undefined;
}

/** Where text offsets [start, end) of a unit are in the source. */
export function unitSpan(
  unit: TextUnit,
  start: number,
  end: number,
  toPoint: (offset: number) => Point,
): { span: Span; inlineCode: boolean; inLink: boolean } {
  const nowhere = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const piece = pieceAt(unit.pieces, start) ?? unit.pieces[0];
  if (!piece) return { span: nowhere, inlineCode: false, inLink: false };
  const flags = { inlineCode: piece.inlineCode, inLink: piece.inLink };
  if (piece.sourceStart !== null && piece.exact) {
    const from = piece.sourceStart + (start - piece.start);
    const to = piece.sourceStart + (Math.min(end, piece.end) - piece.start);
    return { span: { start: toPoint(from), end: toPoint(to) }, ...flags };
  }
  return { span: piece.span ?? nowhere, ...flags };
}

/** The piece holding text offset `at` (pieces are in text order; binary search, not a scan per mention). */
function pieceAt(pieces: Piece[], at: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const piece = pieces[lo];
  return piece && at >= piece.start && at < piece.end ? piece : undefined;
}
