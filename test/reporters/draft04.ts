// A small, strict JSON Schema draft-04 validator for the SARIF schema test.
//
// Why not Ajv: `ajv-draft-04` is installed, but its (optional) peer `ajv` is
// not in node_modules, so it cannot be loaded. This covers exactly the
// keywords the OASIS SARIF 2.1.0 schema uses, with draft-04 semantics, and
// throws on any keyword it does not know, so it can never pass a document by
// silently ignoring part of a schema.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [keyword: string]: unknown };

/** Keywords that carry no assertion. */
const ANNOTATIONS = new Set(['$schema', 'id', 'title', 'description', 'default', 'definitions']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'anyOf',
  'oneOf',
]);

// RFC 3986, simplified but strict on what matters here: only URI characters,
// well-formed percent-escapes, and (for `uri`) a scheme.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// RFC 3339 date-time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (value) => URI_CHARS.test(value) && SCHEME.test(value),
  'uri-reference': (value) => {
    if (!URI_CHARS.test(value)) return false;
    if (SCHEME.test(value)) return true;
    // A relative reference's first segment may not contain ':' (path-noscheme).
    const firstSegment = value.split(/[/?#]/, 1)[0] ?? '';
    return !firstSegment.includes(':');
  },
  'date-time': (value) => DATE_TIME.test(value),
};

export function validate(root: Schema, document: unknown): string[] {
  const errors: string[] = [];
  check(root, root, document as Json, '$', errors);
  return errors;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`Unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return node as Schema;
}

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: Json, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeOf(value) === type;
  }
}

function equal(a: Json, b: Json): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical(value[key] as Json);
    return out;
  }
  return value;
}

function check(root: Schema, schema: Schema, value: Json, path: string, errors: string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
      throw new Error(`draft04 validator: unsupported keyword "${keyword}" at ${path}`);
    }
  }
  // In draft-04, a $ref replaces the whole schema it appears in.
  if (typeof schema['$ref'] === 'string') {
    check(root, resolve(root, schema['$ref']), value, path, errors);
    return;
  }

  if (schema['type'] !== undefined) {
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    if (!types.some((type) => hasType(value, type))) {
      errors.push(`${path}: expected ${types.join('|')}, got ${typeOf(value)}`);
      return;
    }
  }
  if (Array.isArray(schema['enum']) && !(schema['enum'] as Json[]).some((option) => equal(option, value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`);
  }

  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match /${schema['pattern']}/`);
    }
    if (typeof schema['format'] === 'string') {
      const test = FORMATS[schema['format']];
      if (test === undefined) throw new Error(`draft04 validator: unsupported format "${schema['format']}"`);
      if (!test(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a valid ${schema['format']}`);
    }
  }

  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) {
      errors.push(`${path}: ${value} < minimum ${schema['minimum']}`);
    }
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) {
      errors.push(`${path}: ${value} > maximum ${schema['maximum']}`);
    }
  }

  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) {
      errors.push(`${path}: fewer than ${schema['minItems']} items`);
    }
    if (schema['uniqueItems'] === true) {
      value.forEach((item, i) => {
        if (value.slice(0, i).some((earlier) => equal(earlier, item))) errors.push(`${path}[${i}]: duplicate item`);
      });
    }
    if (schema['items'] !== undefined) {
      if (Array.isArray(schema['items']) || typeof schema['items'] !== 'object') {
        throw new Error(`draft04 validator: only a single "items" schema is supported (${path})`);
      }
      value.forEach((item, i) => check(root, schema['items'] as Schema, item, `${path}[${i}]`, errors));
    }
  }

  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    if (Array.isArray(schema['required'])) {
      for (const key of schema['required'] as string[]) {
        if (!Object.hasOwn(value, key)) errors.push(`${path}: missing required property "${key}"`);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      if (Object.hasOwn(properties, key)) {
        check(root, properties[key] as Schema, child, childPath, errors);
      } else if (schema['additionalProperties'] === false) {
        errors.push(`${childPath}: additional property not allowed`);
      } else if (typeof schema['additionalProperties'] === 'object' && schema['additionalProperties'] !== null) {
        check(root, schema['additionalProperties'] as Schema, child, childPath, errors);
      }
    }
  }

  if (Array.isArray(schema['anyOf'])) {
    const passes = (schema['anyOf'] as Schema[]).some((sub) => validateSub(root, sub, value, path));
    if (!passes) errors.push(`${path}: matches none of anyOf`);
  }
  if (Array.isArray(schema['oneOf'])) {
    const count = (schema['oneOf'] as Schema[]).filter((sub) => validateSub(root, sub, value, path)).length;
    if (count !== 1) errors.push(`${path}: matches ${count} of oneOf (expected exactly 1)`);
  }
}

function validateSub(root: Schema, schema: Schema, value: Json, path: string): boolean {
  const errors: string[] = [];
  check(root, schema, value, path, errors);
  return errors.length === 0;
}
