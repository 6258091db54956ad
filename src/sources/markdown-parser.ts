// The one Markdown parser: remark-parse with YAML frontmatter (and the kinds
// kblint reports but does not read) and GFM. Two GFM constructs are tried at
// so many places that they cost about a tenth of parsing even where they can
// never match: a table needs a `|` in the text and a literal email autolink
// an `@`. Micromark reads the raw text, so an article without the character
// parses to the same tree without the construct; each such article gets a
// parser without it (test/sources/markdown-parser.test.ts compares the trees).
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { useBlockwiseAutolinkLiterals } from './autolink-literals.js';

/**
 * Frontmatter kblint does not read (other tools evaluate `---js`; TOML is
 * Hugo's): recognised so it is reported and kept out of the body text.
 */
export const UNSUPPORTED_FRONTMATTER = [
  { type: 'unsupportedFrontmatter', fence: { open: '---javascript', close: '---' } },
  { type: 'unsupportedFrontmatter', fence: { open: '---js', close: '---' } },
  { type: 'unsupportedFrontmatter', fence: { open: '---toml', close: '---' } },
  { type: 'unsupportedFrontmatter', fence: { open: '---coffee', close: '---' } },
  { type: 'unsupportedFrontmatter', fence: { open: '---json', close: '---' } },
  { type: 'unsupportedFrontmatter', fence: '+++' },
] as const;

/** Micromark constructs that match only in a text holding this character, by construct name. */
const NEEDS = { table: '|', emailAutolink: '@' } as const;
type Optional = keyof typeof NEEDS;

type Construct = { name?: string };
type HookMap = Record<string, Construct | Construct[] | undefined>;
type SyntaxExtension = Record<string, unknown>;

/** A copy of a micromark syntax extension without the named constructs. */
function withoutConstructs(extension: SyntaxExtension, names: ReadonlySet<string>): SyntaxExtension {
  const copy: SyntaxExtension = { ...extension };
  for (const field of ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'] as const) {
    const hooks = extension[field] as HookMap | undefined;
    if (!hooks) continue;
    const kept: HookMap = {};
    for (const [code, value] of Object.entries(hooks)) {
      const list = (Array.isArray(value) ? value : [value]).filter((construct): construct is Construct => construct !== undefined && !names.has(construct.name ?? ''));
      if (list.length > 0) kept[code] = Array.isArray(value) ? list : list[0];
    }
    copy[field] = kept;
  }
  return copy;
}

function buildParser(dropped: ReadonlySet<string>): Processor<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', ...UNSUPPORTED_FRONTMATTER])
    .use(remarkGfm)
    .use(function dropConstructs() {
      if (dropped.size === 0) return;
      const data = this.data();
      const flatten = (list: unknown[]): SyntaxExtension[] => list.flatMap((entry) => (Array.isArray(entry) ? flatten(entry) : [entry as SyntaxExtension]));
      data.micromarkExtensions = flatten(data.micromarkExtensions ?? []).map((extension) => withoutConstructs(extension, dropped)) as typeof data.micromarkExtensions;
    })
    .freeze();
  blockwise &&= useBlockwiseAutolinkLiterals(processor.data('fromMarkdownExtensions') as Parameters<typeof useBlockwiseAutolinkLiterals>[0]);
  return processor as unknown as Processor<Root>;
}

/** Whether every parser built so far found GFM's transform to run blockwise. */
let blockwise = true;
const parsers = new Map<string, Processor<Root>>();

/** The parser for this text: every construct that could match in it. */
function parserFor(source: string): Processor<Root> {
  const dropped = (Object.keys(NEEDS) as Optional[]).filter((name) => !source.includes(NEEDS[name]));
  const key = dropped.join(',');
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = buildParser(new Set(dropped))));
  return parser;
}

/** Parse Markdown (frontmatter and GFM) into mdast. */
export function parseMarkdownTree(source: string): Root {
  return parserFor(source).parse(source);
}

/** Whether every parser built so far runs GFM's literal-autolink transform blockwise (see autolink-literals.ts). */
export function blockwiseAutolinkLiterals(): boolean {
  return blockwise && parsers.size > 0;
}
