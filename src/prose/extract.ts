// Prose extraction: the article's readable text as an nlcst tree (sentences
// and words, located in the Markdown source), built once per Article and shared
// by every prose rule.
//
// What is prose: paragraphs (also inside lists, block quotes and footnotes),
// headings, and table cells that read as text (three words or more). What is
// not: frontmatter, code blocks, inline code, HTML, images, URLs shown as link
// text, table cells holding identifiers (codes, numbers, terms), and the
// "Published on … · Updated on …" line of articles exported from a help desk.
// Each block is parsed on its own, so a heading or a list item without a full
// stop is a sentence of its own and never runs into the next block.
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Nodes as MdastNodes, Paragraph as MdastParagraph, PhrasingContent, RootContent } from 'mdast';
import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import type { Article } from '../model/types.js';
import { ProseParser } from './parser.js';
import { NlcstConverter, type NlcstParser } from './to-nlcst.js';

export interface Prose {
  /** Every prose block's paragraphs, in document order; positions point into `article.source`. */
  tree: Root;
  /** Every sentence with at least one word, in document order. */
  sentences: Sentence[];
}

// Images (alt text is not read on the page) and HTML are not prose; tables are
// handled cell by cell below; inline code is kept as a SourceNode (not words).
// (The ignored types are in to-nlcst.ts.)
const parser = new ProseParser() as unknown as NlcstParser;

// Each article's prose is built once, as the engine's article fact
// (src/prose/facts.ts), and dropped with the article.
let parses = 0;

/** How many articles' prose this thread has built (tests check nothing is built twice). */
export function proseParseCount(): number {
  return parses;
}

/** Minimum number of words for a table cell to count as prose rather than an identifier or a term. */
const MIN_CELL_WORDS = 3;

export function extractProse(article: Pick<Article, 'source' | 'tree' | 'metadata'>): Prose {
  parses++;
  const converter = new NlcstConverter(parser, article.source);
  const paragraphs: Paragraph[] = [];
  const bodyDateLines = new Set(
    article.metadata.dateFields.filter((f) => f.origin === 'body').map((f) => f.span.start.line),
  );

  const parseBlock = (block: MdastParagraph, minWords: number) => {
    if (!block.position) return;
    const root = converter.block(block);
    const blockParagraphs = root.children.filter((c): c is Paragraph => c.type === 'ParagraphNode');
    if (minWords > 0) {
      const words = blockParagraphs.flatMap(sentencesOf).flatMap(wordsOf).filter((w) => /\p{L}/u.test(wordText(w)));
      if (words.length < minWords) return;
    }
    paragraphs.push(...blockParagraphs);
  };

  const relocate = relocator(article.source);

  const walk = (node: MdastNodes) => {
    switch (node.type) {
      case 'paragraph': {
        const line = node.position?.start.line;
        const oneLine = line !== undefined && node.position!.end.line === line;
        if (oneLine && bodyDateLines.has(line)) return; // the exported "Published on … Updated on …" line
        if (node.children[0]?.type === 'text' && node.children[0].value.startsWith(':::')) return; // docfx/pandoc directives
        const children = stripAlertLabel(node.children.flatMap(relocate)).map(stripUrls);
        for (const piece of sentencePieces(children)) parseBlock(piece, 0);
        return;
      }
      case 'heading':
        parseBlock({ type: 'paragraph', children: node.children.flatMap(relocate).map(stripUrls), position: node.position }, 0);
        return;
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            for (const piece of sentencePieces(cell.children.flatMap(relocate).map(stripUrls))) parseBlock(piece, MIN_CELL_WORDS);
          }
        }
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
    }
  };
  walk(article.tree);

  const tree: Root = { type: 'RootNode', children: paragraphs };
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode' && child.children.some((c) => c.type === 'WordNode')) sentences.push(child);
    }
  }
  return { tree, sentences };
}

/**
 * mdast-util-to-nlcst locates words by counting characters from the start of
 * each text node, but a text node spanning several lines has lost the
 * continuation lines' indentation and block-quote markers, so every later word
 * would drift. Split such text nodes at line ends, each piece located in the
 * source. (A piece ends with its line break, so no paragraph break is inserted.)
 */
function relocator(source: string): (node: PhrasingContent) => PhrasingContent[] {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineText = (line: number) => {
    const from = lineStarts[line - 1];
    if (from === undefined) return null;
    const to = lineStarts[line];
    return source.slice(from, to === undefined ? source.length : to - 1).replace(/\r$/, '');
  };
  const relocate = (node: PhrasingContent): PhrasingContent[] => {
    if ('children' in node) {
      return [{ ...node, children: (node.children as PhrasingContent[]).flatMap(relocate) } as PhrasingContent];
    }
    if (node.type !== 'text' || !node.value.includes('\n') || node.position?.start.offset === undefined) return [node];
    const pieces: PhrasingContent[] = [];
    const lines = node.value.split('\n');
    let point = { ...node.position.start };
    for (let i = 0; i < lines.length; i++) {
      const value = i < lines.length - 1 ? `${lines[i]}\n` : lines[i]!;
      if (i > 0) {
        const line = node.position.start.line + i;
        const text = lineText(line);
        const wanted = lines[i]!;
        if (text === null) return [node];
        const column = wanted === '' ? text.length : text.indexOf(wanted);
        if (column < 0) return [node]; // not found as expected: keep the node as mdast gave it
        point = { line, column: column + 1, offset: lineStarts[line - 1]! + column };
      }
      const end =
        i < lines.length - 1
          ? { line: point.line + 1, column: 1, offset: lineStarts[point.line]! }
          : { ...node.position.end };
      if (value !== '') pieces.push({ type: 'text', value, position: { start: point, end } });
    }
    return pieces;
  };
  return relocate;
}

/** Words in a bold or italic lead-in label ("**Posted:**", "**Step 2 – Sign in**") at most. */
const MAX_LABEL_WORDS = 8;
const LABEL_END = /[:.?!–—-]\s*$/;
const AFTER_LABEL = /^\s*(?:[:–—-]|\p{Lu})/u;

/**
 * A paragraph's runs that are sentences of their own although no full stop
 * separates them: a bold or italic lead-in label at the start ("**Note:** …",
 * "**Posted:** [link]"), and the lines after a hard line break or after a line
 * that ends with inline code ("Run `setup`⏎Then sign in").
 */
function sentencePieces(children: PhrasingContent[]): MdastParagraph[] {
  const pieces: PhrasingContent[][] = [[]];
  children = splitBrokenLabel(children);
  const first = children[0];
  if ((first?.type === 'strong' || first?.type === 'emphasis') && children.length > 1) {
    const label = mdastToString(first);
    const next = children[1]!;
    const nextText = next.type === 'text' ? next.value : '';
    const labelLike =
      label.trim().split(/\s+/).length <= MAX_LABEL_WORDS &&
      (LABEL_END.test(label) || AFTER_LABEL.test(nextText) || next.type === 'link' || next.type === 'inlineCode' || next.type === 'break');
    if (labelLike) pieces.unshift([first]);
    else pieces[0]!.push(first);
  } else if (first) pieces[0]!.push(first);
  for (let i = 1; i < children.length; i++) {
    const child = children[i]!;
    const current = pieces[pieces.length - 1]!;
    const previous = current[current.length - 1];
    const lineEnd = child.type === 'text' && /^[ \t]*\n/.test(child.value);
    if (child.type === 'break' || isBlockTag(child) || (lineEnd && previous?.type === 'inlineCode')) {
      if (child.type === 'text') current.push(child);
      pieces.push([]);
      continue;
    }
    current.push(child);
  }
  return pieces
    .filter((p) => p.length > 0 && p[0]!.position && p[p.length - 1]!.position)
    .map((p) => ({
      type: 'paragraph' as const,
      children: p,
      position: { start: p[0]!.position!.start, end: p[p.length - 1]!.position!.end },
    }));
}

// "**Posted: **text": the closing "**" follows a space, so Markdown does not
// read it as bold and the label stays in the text, glued to the sentence.
const BROKEN_LABEL = /^(\*\*|__)([^*_\n]{1,60}?[:.])[ \t]*\1[ \t]*/;

/** Splits a broken bold label off the first text node, as its own (strong) node. */
function splitBrokenLabel(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type !== 'text' || first.position?.start.offset === undefined || first.value.includes('\n')) return children;
  const label = BROKEN_LABEL.exec(first.value);
  if (!label || label[0].length === first.value.length) return children;
  const start = first.position.start;
  const at = (n: number) => ({ line: start.line, column: start.column + n, offset: start.offset! + n });
  const labelStart = label[1]!.length;
  const labelEnd = labelStart + label[2]!.length;
  return [
    {
      type: 'strong',
      children: [{ type: 'text', value: label[2]!, position: { start: at(labelStart), end: at(labelEnd) } }],
      position: { start: at(0), end: at(label[0].length) },
    },
    { type: 'text', value: first.value.slice(label[0].length), position: { start: at(label[0].length), end: first.position.end } },
    ...children.slice(1),
  ];
}

const BLOCK_TAG = /^<\/?(?:br|p|li|ul|ol|div|tr|td|th|h[1-6])\b[^>]*>$/i;

/** Inline HTML that starts a new line on the page (`<br>`, `<li>` in a table cell): a sentence ends there. */
function isBlockTag(node: PhrasingContent): boolean {
  return node.type === 'html' && BLOCK_TAG.test(node.value.trim());
}

const ALERT_LABEL = /^\[!\w+\][ \t]*/;

/** `> [!NOTE]` (GitHub and Microsoft Learn alerts): the label is markup, not part of a sentence. */
function stripAlertLabel(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type !== 'text' || first.position?.start.offset === undefined) return children;
  const label = ALERT_LABEL.exec(first.value);
  if (!label) return children;
  const rest = first.value.slice(label[0].length);
  if (rest.trim() === '') return children.slice(1); // the label's own line (after relocation, "[!NOTE]\n")
  const start = first.position.start;
  const moved = { line: start.line, column: start.column + label[0].length, offset: start.offset! + label[0].length };
  return [{ type: 'text', value: rest, position: { start: moved, end: first.position.end } }, ...children.slice(1)];
}

const URL_TEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** A link whose text is its address (an autolink, a pasted URL) is not prose: make it inline code. */
function stripUrls(node: PhrasingContent): PhrasingContent {
  if (node.type === 'link') {
    const text = mdastToString(node);
    if (URL_TEXT.test(text) || text === node.url) return { type: 'inlineCode', value: text, position: node.position };
    return { ...node, children: node.children.map(stripUrls) as typeof node.children };
  }
  if ('children' in node) {
    return { ...node, children: (node.children as PhrasingContent[]).map(stripUrls) } as PhrasingContent;
  }
  return node;
}

export function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.children.filter((c): c is Sentence => c.type === 'SentenceNode');
}

export function wordsOf(sentence: Sentence): Word[] {
  return sentence.children.filter((c): c is Word => c.type === 'WordNode');
}

export function wordText(word: Word): string {
  let text = '';
  for (const child of word.children) text += child.value;
  return text;
}
