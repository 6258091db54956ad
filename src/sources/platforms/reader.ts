// What a platform reader is: how to recognise the platform's export by its
// distinctive fields (on the plain JSON value), and how to map its records onto
// the Article model (through src/sources/json-export.ts). Pure.
import type { Article, SourceKind } from '../../model/types.js';
import type { ResolvedConfig } from '../../config/schema.js';
import type { ParsedExport } from '../json-export.js';

export interface PlatformReader {
  kind: SourceKind;
  /** The platform's name in messages and the README: `Help Scout Docs`. */
  label: string;
  /** The shapes it reads, for "formats tried" messages: `{"article": {…}} or {"articles": {"items": […]}}`. */
  shape: string;
  /** Whether a parsed JSON value is this platform's export (by fields no other platform's export has together). */
  detect(value: unknown): boolean;
  /** The file's articles; throws a located SourceFormatError when it is not this shape. */
  read(parsed: ParsedExport, config: ResolvedConfig): Article[];
}

export type PlainObject = Record<string, unknown>;

export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first object of a list (exports may carry a stray entry first). */
export function firstObject(value: unknown): PlainObject | undefined {
  return Array.isArray(value) ? value.find(isObject) : undefined;
}

export function hasAll(o: PlainObject | undefined, keys: readonly string[]): boolean {
  return o !== undefined && keys.every((k) => k in o);
}

export function hasAny(o: PlainObject | undefined, keys: readonly string[]): boolean {
  return o !== undefined && keys.some((k) => k in o);
}
