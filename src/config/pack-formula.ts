// A metric rule's formula: arithmetic (+ - * / and parentheses) over an
// article's counts. Parsed once into a function; unknown names are refused
// when the pack loads. Pure.
export const METRIC_NAMES = ['words', 'sentences', 'paragraphs', 'headings', 'links', 'lists', 'characters', 'tables', 'codeblocks'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, number>;

/** Compile a formula; throws an Error saying what is wrong. */
export function compileFormula(formula: string): (metrics: Metrics) => number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_]+|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  type Expr = (m: Metrics) => number;
  const primary = (): Expr => {
    const token = take();
    if (token === undefined) throw new Error('the formula ends too early');
    if (token === '(') {
      const inner = sum();
      if (take() !== ')') throw new Error('a "(" is not closed');
      return inner;
    }
    if (token === '-') {
      const operand = primary();
      return (m) => -operand(m);
    }
    if (/^\d/.test(token)) {
      const value = Number(token);
      return () => value;
    }
    if ((METRIC_NAMES as readonly string[]).includes(token)) return (m) => m[token as MetricName];
    throw new Error(`"${token}" is not a metric (use ${METRIC_NAMES.join(', ')})`);
  };
  const product = (): Expr => {
    let left = primary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const a = left;
      const b = primary();
      left = op === '*' ? (m) => a(m) * b(m) : (m) => a(m) / b(m);
    }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const a = left;
      const b = product();
      left = op === '+' ? (m) => a(m) + b(m) : (m) => a(m) - b(m);
    }
    return left;
  };
  const expr = sum();
  if (i < tokens.length) throw new Error(`unexpected "${tokens[i]}" in the formula`);
  return expr;
}

/** `> 25` as a test of a value. */
export function compileCondition(condition: string): (value: number) => boolean {
  const m = /^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(condition);
  if (!m) throw new Error(`"${condition}" is not a comparison like "> 25"`);
  const limit = Number(m[2]);
  const tests: Record<string, (v: number) => boolean> = {
    '<': (v) => v < limit,
    '<=': (v) => v <= limit,
    '>': (v) => v > limit,
    '>=': (v) => v >= limit,
    '==': (v) => v === limit,
    '!=': (v) => v !== limit,
  };
  return tests[m[1]!]!;
}
