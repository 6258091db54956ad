// YAML frontmatter: parsed safely (core schema: no custom tags, no timestamps
// turned into local-time Dates) and kept with positions so findings point at
// the right line of the file.
import type { Yaml } from 'mdast';
import type { Span } from '../model/types.js';
import { isMap, isScalar, LineCounter, parseYamlDocument, type Document } from '../util/yaml.js';

export interface FrontmatterField {
  key: string;
  value: unknown;
  /** The value as written (for scalars), else its YAML text. */
  raw: string;
  span: Span;
}

type Pair = { key: unknown; value: { range?: [number, number, number]; source?: unknown } };

/** The top-level fields by key, each built (raw text, span) on first `get`. */
export class FrontmatterFields {
  private readonly built = new Map<string, FrontmatterField>();
  constructor(
    private readonly pairs: ReadonlyMap<string, Pair> = new Map(),
    private readonly build: (key: string, pair: Pair) => FrontmatterField = () => {
      throw new Error('no fields');
    },
  ) {}
  get(key: string): FrontmatterField | undefined {
    let field = this.built.get(key);
    if (field) return field;
    const pair = this.pairs.get(key);
    if (!pair) return undefined;
    field = this.build(key, pair);
    this.built.set(key, field);
    return field;
  }
  has(key: string): boolean {
    return this.pairs.has(key);
  }
  get size(): number {
    return this.pairs.size;
  }
}

export interface Frontmatter {
  data: Record<string, unknown> | null;
  fields: FrontmatterFields;
  /** First YAML error, located in the file. */
  error: { message: string; span: Span } | null;
  span: Span;
}

/** Parse the YAML node remark-frontmatter produced. */
export function readFrontmatter(node: Yaml): Frontmatter {
  const nodeStart = node.position?.start ?? { line: 1, column: 1 };
  const nodeEnd = node.position?.end ?? nodeStart;
  // The YAML text starts on the line after the opening `---`.
  const firstLine = nodeStart.line + 1;
  const lineCounter = new LineCounter();
  // Quiet: the library's own warnings would echo article text to stderr.
  const doc: Document = parseYamlDocument(node.value, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const toSpan = (startOffset: number, endOffset: number): Span => {
    const a = lineCounter.linePos(startOffset);
    const b = lineCounter.linePos(endOffset);
    return {
      start: { line: firstLine + a.line - 1, column: a.col },
      end: { line: firstLine + b.line - 1, column: b.col },
    };
  };
  const span: Span = { start: nodeStart, end: nodeEnd };
  const firstError = doc.errors[0];
  if (firstError) {
    const [from, to] = firstError.pos;
    return {
      data: null,
      fields: new FrontmatterFields(),
      error: { message: oneLine(firstError.message), span: toSpan(from, Math.max(to, from)) },
      span,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb ("billion laughs") is refused by the YAML library here.
    return { data: null, fields: new FrontmatterFields(), error: { message: oneLine((error as Error).message), span }, span };
  }
  if (data === null || data === undefined) {
    return { data: {}, fields: new FrontmatterFields(), error: null, span };
  }
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return {
      data: null,
      fields: new FrontmatterFields(),
      error: { message: 'frontmatter must be a map of keys to values', span },
      span,
    };
  }
  // A field's raw text and span are worked out when it is asked for: kblint
  // reads a handful of keys (dates, title, views, category, locale), and
  // frontmatter often holds dozens.
  const pairs = new Map<string, Pair>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null || !pair.value || typeof pair.value !== 'object' || !('range' in pair.value)) continue;
    if (!(pair.value as { range?: unknown }).range) continue;
    pairs.set(key, pair as Pair);
  }
  const fields = new FrontmatterFields(pairs, (key, pair) => {
    const range = pair.value.range!;
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const raw = isScalar(pair.value) && typeof pair.value.source === 'string' ? pair.value.source : node.value.slice(range[0], range[1]);
    return { key, value: (data as Record<string, unknown>)[key], raw, span: toSpan(keyRange?.[0] ?? range[0], range[1]) };
  });
  return { data: data as Record<string, unknown>, fields, error: null, span };
}

function oneLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
