// Friendlier config messages: "did you mean" for a misspelt key or rule id,
// found by edit distance (fastest-levenshtein) among the names that are valid
// at that place.
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/** The closest candidate, when it is close enough to be a likely typo (case aside). */
export function didYouMean(name: string, candidates: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // One edit in four characters, at least two: `maxAgeDay` → maxAgeDays, not `now` → `ignore`.
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : null;
}

/** ` (did you mean "x"?)`, or nothing. */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const best = didYouMean(name, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}

type AnySchema = z.core.$ZodType;

/** The keys an object schema accepts at `path` (through optional, arrays, records and unions). */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const objects = objectsAt(schema, path);
  return [...new Set(objects.flatMap((o) => Object.keys((o._zod.def as unknown as { shape: Record<string, unknown> }).shape)))];
}

function objectsAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  const here = unwrap(schema);
  if (path.length === 0) return here.filter((s) => s._zod.def.type === 'object');
  const [head, ...rest] = path;
  return here.flatMap((s) => {
    const def = s._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') {
      const child = (def.shape as Record<string, AnySchema>)[String(head)];
      return child ? objectsAt(child, rest) : [];
    }
    if (def.type === 'array') return objectsAt(def.element as AnySchema, rest);
    if (def.type === 'record') return objectsAt(def.valueType as AnySchema, rest);
    return [];
  });
}

/** The schemas a wrapper stands for: optional/default/pipe/refinement inner types, each option of a union. */
function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return unwrap(def.innerType as AnySchema);
    case 'pipe':
      return unwrap(def.in as AnySchema);
    case 'union':
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [schema];
  }
}
