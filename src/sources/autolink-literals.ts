// GFM's literal-autolink transform (mdast-util-gfm-autolink-literal) walks the
// whole tree with unist-util-visit-parents, which builds a closure, an
// ancestor array and a debug name for every node: about a twentieth of what
// parsing an article allocates, for a step that rarely finds anything. Its
// patterns need `http://`, `https://` or `www.` (any case), or an `@`, inside
// one text node, and it only splits text nodes within their own parent, so
// top-level blocks are independent: the library's own transform runs on each
// block that holds such a text, and the rest are left alone. The trees are
// the same (test/sources/markdown-parser.test.ts compares them).
import type { Root, RootContent } from 'mdast';
import type { Extension, Transform } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';

/** A text the transform could turn (partly) into a link: every one of its patterns needs one of these. */
const MAY_LINK = /https?:\/\/|www\.|@/i;

type Node = { type: string; value?: unknown; children?: Node[] };

function mayLink(block: Node): boolean {
  const pending: Node[] = [block];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'text' && typeof node.value === 'string' && MAY_LINK.test(node.value)) return true;
    if (node.children) for (const child of node.children) pending.push(child);
  }
  return false;
}

/** The library's transform, run on the top-level blocks that may hold a literal autolink. */
export function blockwise(transform: Transform): Transform {
  return (tree: Root) => {
    // A text directly under the root (never from remark-parse) would be split in the root itself: the whole tree then.
    if (tree.children.some((child) => child.type === 'text')) return transform(tree);
    for (const child of tree.children) {
      if (!mayLink(child as Node)) continue;
      const block: Root = { type: 'root', children: [child as RootContent] };
      transform(block);
    }
    return undefined;
  };
}

/**
 * Swaps, in a frozen processor's `fromMarkdownExtensions`, GFM's literal
 * autolink transform for the blockwise one. Returns whether it was found (a
 * different copy of the library would not be: the processor still works, at
 * the old cost).
 */
export function useBlockwiseAutolinkLiterals(extensions: ReadonlyArray<Extension | ReadonlyArray<Extension>> | undefined): boolean {
  const original = gfmAutolinkLiteralFromMarkdown().transforms?.[0];
  let found = false;
  const visit = (list: ReadonlyArray<Extension | ReadonlyArray<Extension>>) => {
    for (const entry of list) {
      if (Array.isArray(entry)) visit(entry as ReadonlyArray<Extension>);
      else {
        const extension = entry as Extension;
        if (!extension.transforms || !original) continue;
        extension.transforms = extension.transforms.map((transform) => {
          if (transform !== original) return transform;
          found = true;
          return blockwise(transform);
        });
      }
    }
  };
  visit(extensions ?? []);
  return found;
}
