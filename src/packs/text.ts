// The text a pack rule reads, split by scope: prose paragraphs (`text`),
// headings, link text, table cells and code. Each unit keeps, for every piece
// of its text, the node it came from, so a match is located at its line and
// column in the file (exactly where the node's source is its text, else at the
// node). Pure.
import type { Nodes, Root } from 'mdast';
import type { Point, Span } from '../model/types.js';
import type { PackScope } from '../config/pack-schema.js';

interface Piece {
  /** Where the piece starts in the unit's text. */
  at: number;
  length: number;
  node: Nodes;
  /** The node's source is exactly its value: offsets inside it are offsets in the file. */
  exact: boolean;
}

export interface TextUnit {
  scope: PackScope;
  text: string;
  pieces: Piece[];
  /** The unit's own node (the heading, paragraph, link, cell or code). */
  node: Nodes;
  /** Which section (text under one heading) the unit is in; 0 before the first heading. */
  section: number;
}

const BLOCK_TEXT = new Set(['paragraph']);

export function textUnits(tree: Root, source: string): TextUnit[] {
  const units: TextUnit[] = [];
  let section = 0;
  const walk = (node: Nodes, inTable: boolean): void => {
    if (node.type === 'heading') {
      section++;
      units.push(unit('heading', node, source, section));
      collectLinks(node, source, section, units);
      return;
    }
    if (node.type === 'tableCell') {
      units.push(unit('table', node, source, section));
      collectLinks(node, source, section, units);
      return;
    }
    if (node.type === 'code') {
      units.push(unit('code', node, source, section));
      return;
    }
    if (BLOCK_TEXT.has(node.type) && !inTable) {
      units.push(unit('text', node, source, section));
      collectLinks(node, source, section, units);
      collectInlineCode(node, source, section, units);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, inTable || node.type === 'table');
  };
  walk(tree, false);
  return units;
}

function collectLinks(node: Nodes, source: string, section: number, units: TextUnit[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    if (child.type === 'link' || child.type === 'linkReference') units.push(unit('link', child, source, section));
    else collectLinks(child, source, section, units);
  }
}

function collectInlineCode(node: Nodes, source: string, section: number, units: TextUnit[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    if (child.type === 'inlineCode') units.push(unit('code', child, source, section));
    else collectInlineCode(child, source, section, units);
  }
}

/** A unit's text: its text nodes in order (inline code only in a code unit), breaks as spaces. */
function unit(scope: PackScope, node: Nodes, source: string, section: number): TextUnit {
  let text = '';
  const pieces: Piece[] = [];
  const add = (n: Nodes, value: string) => {
    const p = n.position;
    const exact = p?.start.offset !== undefined && p.end.offset !== undefined && source.slice(p.start.offset, p.end.offset) === value;
    pieces.push({ at: text.length, length: value.length, node: n, exact });
    text += value;
  };
  const collect = (n: Nodes): void => {
    if (n.type === 'text') add(n, n.value);
    else if (n.type === 'code' || (n.type === 'inlineCode' && scope === 'code')) add(n, n.value);
    else if (n.type === 'break') text += ' ';
    else if ('children' in n) for (const child of n.children as Nodes[]) collect(child);
  };
  collect(node);
  // A callout marker (`> [!NOTE]`, GitHub and Microsoft Learn alerts) is syntax, not prose; blanked so offsets stay.
  if (scope === 'text') text = text.replace(/^\[![A-Z]+\]/, (marker) => ' '.repeat(marker.length));
  return { scope, text, pieces, node, section };
}

/** The span of `text[from, to)` of a unit in the file; `toPoint` maps a file offset to line and column. */
export function locate(unit: TextUnit, from: number, to: number, toPoint: (offset: number) => Point | undefined): Span {
  const startPiece = unit.pieces.find((p) => from >= p.at && from < p.at + p.length) ?? unit.pieces[0];
  const endPiece = [...unit.pieces].reverse().find((p) => to > p.at && to <= p.at + p.length) ?? startPiece;
  const point = (piece: Piece | undefined, index: number, edge: 'start' | 'end'): Point => {
    const position = piece?.node.position ?? unit.node.position;
    if (!position) return { line: 1, column: 1 };
    // Offsets inside a node only when its source is its text (no escapes or entities).
    const exact = piece?.exact ? toPoint(position.start.offset! + (index - piece.at)) : undefined;
    return exact ? { line: exact.line, column: exact.column } : { line: position[edge].line, column: position[edge].column };
  };
  return { start: point(startPiece, from, 'start'), end: point(endPiece, to, 'end') };
}
