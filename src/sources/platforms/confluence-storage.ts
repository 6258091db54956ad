// Confluence's storage format is XHTML with `ac:`/`ri:` macros. Before the
// body becomes mdast, the macros are reduced to the HTML they stand for: a
// code macro to <pre><code>, a link to <a> (page links to their text), an
// image to <img>, a panel (info, note, expand, …) to its rich-text body;
// parameters and placeholders are dropped; CDATA text is kept as text. Every
// node keeps its place in the storage text. Pure.
import type { Comment, Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Position } from 'unist';

const CODE_MACROS = new Set(['code', 'noformat']);
/** Left out: they hold settings, not text a reader sees. */
const DROPPED = new Set(['ac:parameter', 'ac:placeholder', 'ac:emoticon', 'ac:inline-comment-marker-ref']);
const CDATA = /^\[CDATA\[([\s\S]*)\]\]$/;

export function reduceStorageMacros(root: HastRoot): void {
  root.children = reduceAll(root.children as ElementContent[]) as HastRoot['children'];
}

function reduceAll(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap(reduce);
}

function reduce(node: ElementContent): ElementContent[] {
  if (node.type === 'comment') {
    const text = cdataText(node);
    return text ? [text] : [];
  }
  if (node.type !== 'element') return [node];
  const name = node.tagName;
  if (DROPPED.has(name)) return [];
  if (name === 'ac:structured-macro' || name === 'ac:macro') {
    const macro = String(node.properties['ac:name'] ?? '');
    if (CODE_MACROS.has(macro)) {
      const body = find(node, 'ac:plain-text-body');
      const text = body ? plainText(body) : undefined;
      const code: Element = { type: 'element', tagName: 'code', properties: {}, children: text ? [text] : [], position: node.position };
      return [{ type: 'element', tagName: 'pre', properties: {}, children: [code], position: node.position }];
    }
    const rich = find(node, 'ac:rich-text-body');
    return rich ? reduceAll(rich.children) : [];
  }
  if (name === 'ac:link') return [link(node)];
  if (name === 'ac:image') return [image(node)];
  if (name === 'ac:plain-text-body') {
    const text = plainText(node);
    return text ? [text] : [];
  }
  if (name.startsWith('ac:') || name.startsWith('ri:')) return reduceAll(node.children);
  node.children = reduceAll(node.children);
  return [node];
}

/** `<ac:link>`: to a URL it is a link; to a page, attachment or anchor, its text (kblint cannot resolve Confluence titles). */
function link(node: Element): ElementContent {
  const url = find(node, 'ri:url');
  const page = find(node, 'ri:page') ?? find(node, 'ri:attachment');
  const richBody = find(node, 'ac:link-body');
  const plainBody = find(node, 'ac:plain-text-link-body');
  const fallbackText = String(page?.properties['ri:content-title'] ?? page?.properties['ri:filename'] ?? url?.properties['ri:value'] ?? node.properties['ac:anchor'] ?? '');
  const children: ElementContent[] = richBody
    ? reduceAll(richBody.children)
    : plainBody && plainText(plainBody)
      ? [plainText(plainBody)!]
      : fallbackText
        ? [{ type: 'text', value: fallbackText, position: node.position } as Text]
        : [];
  const href = url?.properties['ri:value'];
  return typeof href === 'string' && href !== ''
    ? { type: 'element', tagName: 'a', properties: { href }, children, position: node.position }
    : { type: 'element', tagName: 'span', properties: {}, children, position: node.position };
}

function image(node: Element): ElementContent {
  const url = find(node, 'ri:url');
  const attachment = find(node, 'ri:attachment');
  const src = String(url?.properties['ri:value'] ?? attachment?.properties['ri:filename'] ?? '');
  const alt = String(node.properties['ac:alt'] ?? node.properties['ac:title'] ?? '');
  return { type: 'element', tagName: 'img', properties: { src, alt }, children: [], position: node.position };
}

/** The first descendant element with this tag name. */
function find(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const deeper = find(child, tagName);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The CDATA (or text) inside a plain-text body, as one text node. */
function plainText(node: Element): Text | undefined {
  const parts: Text[] = [];
  for (const child of node.children) {
    if (child.type === 'text') parts.push(child);
    else if (child.type === 'comment') {
      const text = cdataText(child);
      if (text) parts.push(text);
    }
  }
  if (parts.length === 0) return undefined;
  const first = parts[0]!.position;
  const last = parts.at(-1)!.position;
  return { type: 'text', value: parts.map((p) => p.value).join(''), ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

/** The HTML parser reads `<![CDATA[…]]>` as a comment; its text is the content, placed after `<![CDATA[`. */
function cdataText(comment: Comment): Text | undefined {
  const m = CDATA.exec(comment.value);
  if (!m || m[1] === '') return undefined;
  const p = comment.position;
  const position: Position | undefined = p && {
    start: { line: p.start.line, column: p.start.column + 9, ...(p.start.offset !== undefined ? { offset: p.start.offset + 9 } : {}) },
    end: p.end,
  };
  return { type: 'text', value: m[1]!, ...(position ? { position } : {}) };
}
