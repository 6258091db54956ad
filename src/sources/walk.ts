// The one walk of an article's tree for the structural checks: the depth
// guard, the default remark-lint checks (heading ranks, definitions, empty
// URLs, several top-level headings), links, anchors, unused definitions and
// the inline control comments all read what this walk collected, instead of
// walking the tree once each. It visits in document order (preorder), as
// unist-util-visit does, and keeps the nodes themselves.
import type { Definition, FootnoteDefinition, Heading, Html, Image, Link, Root } from 'mdast';
import type { Node } from 'unist';
import { defineArticleFact } from '../model/facts.js';

/**
 * Real articles nest a few levels deep; a tree far deeper than this is built
 * to exhaust recursion in parsers and rules, and is refused up front.
 */
export const MAX_TREE_DEPTH = 500;

/** A node that has a heading rank for remark-lint: a heading, `<hN` in raw HTML, or an MDX `hN` element. */
export interface RankedNode {
  rank: number;
  node: Node;
}

export interface TreeWalk {
  /** The deepest nesting (the root is 1); the walk stops at MAX_TREE_DEPTH + 1, leaving the rest unread. */
  depth: number;
  /** Every heading and raw HTML node, in document order (anchors, inline control comments). */
  headingsAndHtml: Array<Heading | Html>;
  /** Links, images, definitions and raw HTML, in document order: where link targets are written. */
  targets: Array<Link | Image | Definition | Html>;
  /** Every definition, in document order. */
  definitions: Definition[];
  /** Definitions and footnote definitions outside phrasing content (remark-lint-no-duplicate-definitions' view). */
  blockDefinitions: Array<Definition | FootnoteDefinition>;
  /** Nodes with a heading rank, in document order. */
  ranked: RankedNode[];
  /** Lower-cased identifiers that link and image references use. */
  referenced: Set<string>;
}

// What remark-lint-heading-increment and -no-multiple-toplevel-headings read as a heading in HTML and MDX.
const HTML_HEADING = /<h([1-6])/;
const JSX_HEADING = /^h([1-6])$/;

// mdast-util-phrasing's list: remark-lint-no-duplicate-definitions does not walk into these.
const PHRASING = new Set([
  'break',
  'delete',
  'emphasis',
  'footnote',
  'footnoteReference',
  'image',
  'imageReference',
  'inlineCode',
  'inlineMath',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'strong',
  'text',
  'textDirective',
]);

type AnyNode = Node & { children?: AnyNode[]; value?: unknown; name?: unknown; depth?: number; identifier?: string };

/** Walk the tree once (recursion bounded by the depth guard) and collect what the structural checks read. */
export function walkTree(root: Root | { children?: unknown[] }): TreeWalk {
  const walk: TreeWalk = { depth: 0, headingsAndHtml: [], targets: [], definitions: [], blockDefinitions: [], ranked: [], referenced: new Set() };
  let stopped = false;
  const enter = (node: AnyNode, depth: number, inPhrasing: boolean): void => {
    if (depth > walk.depth) walk.depth = depth;
    if (depth > MAX_TREE_DEPTH) {
      stopped = true;
      return;
    }
    switch (node.type) {
      case 'heading':
        walk.headingsAndHtml.push(node as Heading);
        walk.ranked.push({ rank: (node as Heading).depth, node });
        break;
      case 'html': {
        const html = node as Html;
        walk.headingsAndHtml.push(html);
        walk.targets.push(html);
        const rank = html.value.includes('<h') ? HTML_HEADING.exec(html.value) : null;
        if (rank) walk.ranked.push({ rank: Number(rank[1]), node });
        break;
      }
      case 'link':
      case 'image':
        walk.targets.push(node as Link | Image);
        break;
      case 'definition':
        walk.targets.push(node as Definition);
        walk.definitions.push(node as Definition);
        if (!inPhrasing) walk.blockDefinitions.push(node as Definition);
        break;
      case 'footnoteDefinition':
        if (!inPhrasing) walk.blockDefinitions.push(node as FootnoteDefinition);
        break;
      case 'linkReference':
      case 'imageReference':
        walk.referenced.add(String(node.identifier).toLowerCase());
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const rank = typeof node.name === 'string' ? JSX_HEADING.exec(node.name) : null;
        if (rank) walk.ranked.push({ rank: Number(rank[1]), node });
        break;
      }
    }
    const children = node.children;
    if (!children) return;
    const phrasing = inPhrasing || PHRASING.has(node.type);
    for (let index = 0; index < children.length && !stopped; index++) enter(children[index]!, depth + 1, phrasing);
  };
  enter(root as AnyNode, 1, false);
  return walk;
}

/** The article's one walk, shared by every structural check and fact. */
export const treeWalkFact = defineArticleFact<TreeWalk>('sources:tree-walk', (article) => walkTree(article.tree));
