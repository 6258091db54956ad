// Validates SARIF logs with Ajv's draft-04 build against the OASIS schema.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);

export const SARIF_SCHEMA = schema;

/** One line per problem, `instancePath: message`; empty when the log is valid. */
export function validateSarif(log: unknown): string[] {
  return check(log) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? ''}`);
}
