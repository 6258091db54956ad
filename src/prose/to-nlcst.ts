// Markdown blocks to nlcst, one article at a time: the same trees as
// mdast-util-to-nlcst 7 (remark-retext) builds, without its per-block costs.
//
// mdast-util-to-nlcst makes a new vfile-location for every call, and each one
// rescans the document from offset 0 up to the block, so an article of many
// blocks cost O(blocks × length); it also gives every token a line and column
// that almost nobody reads. Here one converter serves a whole article: one
// line index, and every point holds only its offset, with `line` and `column`
// worked out from the index when something reads them (a reported sentence, a
// retext plugin's match).
import type { Nodes as MdastNodes, Paragraph as MdastParagraph } from 'mdast';
import type { Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace } from 'nlcst';
import type { Point } from 'unist';
import { toString } from 'nlcst-to-string';
import { firstAtLeast } from '../util/first-at-least.js';

/** The parser's part that the conversion uses (parse-english, or kblint's ProseParser). */
export interface NlcstParser {
  tokenizeSentencePlugins: ((node: Sentence) => void)[];
  tokenizeParagraphPlugins: ((node: Paragraph) => void)[];
  tokenizeRootPlugins: ((node: Root) => void)[];
  tokenize(value: string): SentenceContent[];
}

/**
 * Line starts of one text, as vfile-location counts lines (`\r\n`, `\n` and a
 * lone `\r` each end a line), built in one scan.
 */
export class LineIndex {
  /** For each line, the offset just after its line ending (the last: length + 1). */
  private readonly ends: number[] = [];
  constructor(readonly text: string) {
    let from = 0;
    for (;;) {
      const lf = text.indexOf('\n', from);
      const cr = text.indexOf('\r', from);
      const eol = cr === -1 ? lf : lf === -1 ? cr : cr + 1 === lf ? lf : Math.min(cr, lf);
      if (eol === -1) break;
      this.ends.push(eol + 1);
      from = eol + 1;
    }
    this.ends.push(text.length + 1);
  }

  /** The 0-based line holding `offset` (the first whose end is past it; the last line for any offset up to the text's length). */
  lineIndexOf(offset: number): number {
    return Math.min(firstAtLeast(this.ends, offset + 1), this.ends.length - 1);
  }

  /** A point at `offset`, or undefined outside the text (as vfile-location's `toPoint`). */
  point(offset: number): Point | undefined {
    return offset >= 0 && offset <= this.text.length ? new SourcePoint(offset, this) : undefined;
  }

  lineStart(lineIndex: number): number {
    return lineIndex > 0 ? this.ends[lineIndex - 1]! : 0;
  }
}

/** A point that knows its offset; line and column are computed when read. */
class SourcePoint implements Point {
  readonly #index: LineIndex;
  constructor(
    readonly offset: number,
    index: LineIndex,
  ) {
    this.#index = index;
  }
  get line(): number {
    return this.#index.lineIndexOf(this.offset) + 1;
  }
  get column(): number {
    const index = this.#index;
    return this.offset - index.lineStart(index.lineIndexOf(this.offset)) + 1;
  }
  toJSON() {
    return { line: this.line, column: this.column, offset: this.offset };
  }
}

// From mdast-util-to-nlcst 7 (ported from parse-latin).
const NEW_LINE = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;

/** Node types left out: mdast-util-to-nlcst's defaults plus those remark-retext was given. */
const IGNORED = new Set(['table', 'tableRow', 'tableCell', 'image', 'imageReference', 'html', 'footnoteReference']);

/** One article's converter: `block(paragraph)` gives what `toNlcst({type: 'root', children: [paragraph]})` gives. */
export class NlcstConverter {
  readonly lines: LineIndex;
  constructor(
    private readonly parser: NlcstParser,
    source: string,
  ) {
    this.lines = new LineIndex(source);
  }

  block(block: MdastParagraph): Root {
    return this.toRoot(this.all(block));
  }

  private one(node: MdastNodes): SentenceContent[] | undefined {
    if (IGNORED.has(node.type)) return undefined;
    const start = node.position?.start.offset;
    let results: SentenceContent[] | undefined;
    if (node.type === 'inlineCode') {
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) results = [{ type: 'SourceNode', value: this.lines.text.slice(start, end) }];
    } else if ('children' in node) {
      return this.all(node);
    } else if (node.type === 'break') {
      results = [{ type: 'WhiteSpaceNode', value: '\n' }];
    } else if (node.type === 'text') {
      results = this.parser.tokenize(node.value);
    }
    if (results) this.patch(results, start);
    return results;
  }

  private all(parent: Extract<MdastNodes, { children: unknown }>): SentenceContent[] {
    const results: SentenceContent[] = [];
    let endLine: number | undefined;
    let endOffset: number | undefined;
    for (const child of parent.children as MdastNodes[]) {
      const startLine = validLine(child.position?.start);
      if (endLine !== undefined && startLine !== undefined && startLine !== endLine) {
        const lineEnding: WhiteSpace = { type: 'WhiteSpaceNode', value: '\n'.repeat(startLine - endLine) };
        this.patch([lineEnding], endOffset);
        // Seen as a break between paragraphs (after its position was set, as mdast-util-to-nlcst does).
        if (lineEnding.value.length < 2) lineEnding.value = '\n\n';
        results.push(lineEnding);
      }
      const result = this.one(child);
      if (result) for (const node of result) results.push(node);
      const end = child.position?.end;
      endLine = validLine(end);
      endOffset = endLine !== undefined && end!.offset !== undefined && end!.offset > -1 ? end!.offset : undefined;
    }
    return results;
  }

  /** Locates `nodes`, laid end to end from `offset`; a point shared by two neighbours is one object (nothing mutates points). */
  private patch(nodes: (RootContent | SentenceContent)[], offset: number | undefined): number | undefined {
    let start = offset;
    let startPoint = start === undefined ? undefined : this.lines.point(start);
    for (const node of nodes) {
      let end: number | undefined;
      if ('children' in node) {
        end = this.patch(node.children as SentenceContent[], start);
      } else {
        end = start === undefined ? undefined : start + node.value.length;
      }
      const endPoint = end === undefined ? undefined : this.lines.point(end);
      if (startPoint && endPoint) node.position = { start: startPoint, end: endPoint };
      else delete node.position;
      start = end;
      startPoint = endPoint;
    }
    return start;
  }

  private toRoot(nodes: SentenceContent[]): Root {
    if (nodes.length === 0) return { type: 'RootNode', children: [] };
    const parser = this.parser;
    const start = nodes[0]!.position?.start;
    const end = nodes[nodes.length - 1]!.position?.end;
    const sentence: Sentence = { type: 'SentenceNode', children: nodes };
    const copy = (point: Point) => this.lines.point(point.offset!)!;
    if (start && end) sentence.position = { start, end };
    for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence);
    const paragraph: Paragraph = { type: 'ParagraphNode', children: splitNode(sentence, 'PunctuationNode', TERMINAL_MARKER) };
    if (start && end) paragraph.position = { start: copy(start), end: copy(end) };
    for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph);
    const root: Root = { type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', NEW_LINE) };
    if (start && end) root.position = { start: copy(start), end: copy(end) };
    for (const plugin of parser.tokenizeRootPlugins) plugin(root);
    return root;
  }
}

function validLine(point: { line?: number; column?: number } | undefined): number | undefined {
  return point && typeof point.line === 'number' && point.line > 0 && typeof point.column === 'number' && point.column > 0
    ? point.line
    : undefined;
}

/** mdast-util-to-nlcst's splitNode: cut `node`'s children after each `childType` matching `expression`. */
function splitNode<T extends Sentence | Paragraph>(node: T, childType: string, expression: RegExp): T[] {
  const result: T[] = [];
  const children = node.children as (T['children'][number])[];
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!;
    if (index === children.length - 1 || (token.type === childType && expression.test(toString(token)))) {
      const parent = { type: node.type, children: children.slice(start, index + 1) } as T;
      const first = children[start]!;
      if (first.position && token.position) parent.position = { start: first.position.start, end: token.position.end };
      result.push(parent);
      start = index + 1;
    }
  }
  return result;
}
