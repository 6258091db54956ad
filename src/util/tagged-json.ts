// Plain data (what crosses from a worker: objects, arrays, Sets, Maps,
// strings, numbers) as JSON and back, for shard reports. Sets and Maps become
// tagged objects; absolute paths under `root` are stored relative to it, so a
// merge in a checkout at another path reads them as its own.
import path from 'node:path';

const TAGS = new Set(['$set', '$map', '$path', '$number', '$undefined', '$object']);

export interface TaggedJsonOptions {
  /** Absolute paths equal to or under this folder are stored relative to it. */
  root: string;
}

/** `value` as JSON-safe data; throws on what is not plain data (functions, class instances). */
export function toTagged(value: unknown, options: TaggedJsonOptions): unknown {
  const root = path.resolve(options.root);
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const encode = (v: unknown, where: string): unknown => {
    if (v === null || typeof v === 'boolean') return v;
    if (v === undefined) return { $undefined: true };
    if (typeof v === 'string') return v === root || v.startsWith(prefix) ? { $path: path.relative(root, v).split(path.sep).join('/') } : v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $number: String(v) };
    if (Array.isArray(v)) return v.map((item, i) => encode(item, `${where}[${i}]`));
    if (v instanceof Set) return { $set: [...v].map((item, i) => encode(item, `${where}.set[${i}]`)) };
    if (v instanceof Map) return { $map: [...v].map(([k, item], i) => [encode(k, `${where}.key[${i}]`), encode(item, `${where}.map[${i}]`)]) };
    if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) if (item !== undefined) defineKey(out, key, encode(item, `${where}.${key}`));
      const keys = Object.keys(out);
      // An object that looks like a tag is wrapped, so it reads back as itself.
      return keys.length === 1 && TAGS.has(keys[0]!) ? { $object: out } : out;
    }
    throw new TypeError(`${where} is not plain data (${typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v})`);
  };
  return encode(value, 'value');
}

/** Data written by `toTagged` back as it was, its relative paths resolved against `root`. */
export function fromTagged(value: unknown, options: TaggedJsonOptions): unknown {
  const root = path.resolve(options.root);
  const decode = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(decode);
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1) {
      const [key] = keys as [string];
      const inner = record[key];
      if (key === '$set' && Array.isArray(inner)) return new Set(inner.map(decode));
      if (key === '$map' && Array.isArray(inner)) return new Map(inner.map((pair) => [decode((pair as unknown[])[0]), decode((pair as unknown[])[1])]));
      if (key === '$path' && typeof inner === 'string') return inner === '' ? root : path.join(root, ...inner.split('/'));
      if (key === '$number' && typeof inner === 'string') return Number(inner);
      if (key === '$undefined') return undefined;
      if (key === '$object' && inner !== null && typeof inner === 'object') return decodeEntries(inner as Record<string, unknown>);
    }
    return decodeEntries(record);
  };
  const decodeEntries = (record: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) defineKey(out, key, decode(item));
    return out;
  };
  return decode(value);
}

/** A key set as an own property, so "__proto__" stays a key and never sets the prototype. */
function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
