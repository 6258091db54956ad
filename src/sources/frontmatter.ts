// YAML frontmatter: parsed safely (core schema: no custom tags, no timestamps
// turned into local-time Dates) and kept with positions so findings point at
// the right line of the file.
import YAML, { isMap, isScalar, LineCounter, type Document } from 'yaml';
import type { Yaml } from 'mdast';
import type { Span } from '../model/types.js';

export interface FrontmatterField {
  key: string;
  value: unknown;
  /** The value as written (for scalars), else its YAML text. */
  raw: string;
  span: Span;
}

export interface Frontmatter {
  data: Record<string, unknown> | null;
  fields: Map<string, FrontmatterField>;
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
  const doc: Document = YAML.parseDocument(node.value, {
    schema: 'core',
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
  });
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
      fields: new Map(),
      error: { message: oneLine(firstError.message), span: toSpan(from, Math.max(to, from)) },
      span,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb ("billion laughs") is refused by the YAML library here.
    return { data: null, fields: new Map(), error: { message: oneLine((error as Error).message), span }, span };
  }
  if (data === null || data === undefined) {
    return { data: {}, fields: new Map(), error: null, span };
  }
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return {
      data: null,
      fields: new Map(),
      error: { message: 'frontmatter must be a map of keys to values', span },
      span,
    };
  }
  const fields = new Map<string, FrontmatterField>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null || !pair.value || typeof pair.value !== 'object' || !('range' in pair.value)) continue;
    const valueNode = pair.value as { range?: [number, number, number]; source?: unknown };
    const range = valueNode.range;
    if (!range) continue;
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const raw = isScalar(pair.value) && typeof pair.value.source === 'string'
      ? pair.value.source
      : node.value.slice(range[0], range[1]);
    fields.set(key, {
      key,
      value: (data as Record<string, unknown>)[key],
      raw,
      span: toSpan(keyRange?.[0] ?? range[0], range[1]),
    });
  }
  return { data: data as Record<string, unknown>, fields, error: null, span };
}

function oneLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
