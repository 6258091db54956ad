// Outcomes reach the main thread by structured clone (from a worker) or
// node:v8 deserialization (from the results cache), and both give every
// string its own copy:
// the same rule message, docs URL, slug, kind and link in thousands of
// articles. The main thread keeps every outcome until the report, so it
// keeps one copy of each short string instead (about a fifth of its heap on
// a large help center).

/** Longer strings are rarely repeated, and hashing them costs more than it saves. */
const MAX_POOLED_LENGTH = 256;

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** Distinct strings kept. */
  get size(): number {
    return this.strings.size;
  }

  /** Replaces, in place, each short string in plain objects and arrays under `value` with the pool's copy; returns `value`. */
  intern<T>(value: T): T {
    this.walk(value as unknown, 0);
    return value;
  }

  private pooled(text: string): string {
    if (text.length > MAX_POOLED_LENGTH) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private walk(value: unknown, depth: number): void {
    // Outcomes are shallow plain data; the bound only keeps a hostile shape from exhausting the stack.
    if (depth > 64 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = this.pooled(item);
        else this.walk(item, depth + 1);
      }
      return;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') record[key] = this.pooled(item);
      else this.walk(item, depth + 1);
    }
  }
}
