// A small JSON parser that keeps where every value is in the text, so findings
// about an exported article point at its line, and a truncated export gets an
// error at the place it stops. Strict JSON (RFC 8259), iterative enough for
// exports: nesting is limited to 256 levels.

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    /** Offset of the problem. */
    readonly offset: number,
    /** Offsets where the objects and arrays still open at the problem begin, outermost first. */
    readonly open: number[],
    readonly truncated: boolean,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;

export function parseJson(text: string): JsonNode {
  let i = 0;
  const open: number[] = [];
  const fail = (message: string, at = i): never => {
    const truncated = at >= text.length;
    throw new JsonSyntaxError(truncated ? 'the JSON ends before it is complete' : message, at, [...open], truncated);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) i++;
      else break;
    }
  };
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    i++; // opening quote
    let escaped = false;
    while (i < text.length) {
      const c = text[i]!;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') break;
      else if (c < ' ') fail('a control character inside a string (an unescaped line break?)');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    const end = i;
    try {
      return { value: JSON.parse(text.slice(start, end)) as string, start, end };
    } catch {
      return fail('an invalid escape in a string', start);
    }
  };
  const value = (): JsonNode => {
    ws();
    if (i >= text.length) fail('a value is missing');
    const c = text[i]!;
    const start = i;
    if (c === '{') {
      if (open.length >= MAX_DEPTH) fail('nested too deeply');
      open.push(start);
      i++;
      const members: JsonMember[] = [];
      ws();
      if (text[i] === '}') {
        i++;
      } else {
        for (;;) {
          ws();
          if (text[i] !== '"') fail('expected a "key" in an object');
          const key = str();
          ws();
          if (text[i] !== ':') fail('expected ":" after a key');
          i++;
          members.push({ key: key.value, keyStart: key.start, value: value() });
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail('expected "," or "}" in an object');
        }
      }
      open.pop();
      return { type: 'object', start, end: i, members };
    }
    if (c === '[') {
      if (open.length >= MAX_DEPTH) fail('nested too deeply');
      open.push(start);
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
      } else {
        for (;;) {
          items.push(value());
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail('expected "," or "]" in a list');
        }
      }
      open.pop();
      return { type: 'array', start, end: i, items };
    }
    if (c === '"') {
      const s = str();
      return { type: 'string', ...s };
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!literal) fail(`unexpected ${JSON.stringify(c)}`);
    const raw = literal![0];
    i += raw.length;
    if (i >= text.length && open.length > 0) fail('the JSON ends before it is complete');
    if (raw === 'true' || raw === 'false') return { type: 'boolean', start, end: i, value: raw === 'true' };
    if (raw === 'null') return { type: 'null', start, end: i, value: null };
    return { type: 'number', start, end: i, value: Number(raw) };
  };
  const root = value();
  ws();
  if (i < text.length) fail('unexpected text after the JSON value');
  return root;
}

export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  return node.members.find((m) => m.key === key)?.value;
}

/**
 * Decode the string literal at `start` (its opening quote) and map every
 * decoded character back to its offset in the text. `offsets[value.length]`
 * is the closing quote.
 */
export function decodeJsonString(text: string, start: number): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    const at = i;
    if (text[i] === '\\') {
      const e = text[i + 1];
      if (e === 'u') {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : (e ?? '');
        i += 2;
      }
    } else {
      value += text[i];
      i++;
    }
    offsets.push(at);
  }
  offsets.push(i);
  return { value, offsets };
}
