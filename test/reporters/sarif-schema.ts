// Validates SARIF logs with Ajv's draft-04 build against the OASIS schema.
import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS: Node hands ESM their module.exports, whose `default` is the export itself.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);

export const SARIF_SCHEMA = schema;

/** One line per problem, `instancePath: message`; empty when the log is valid. */
export function validateSarif(log: unknown): string[] {
  return check(log) ? [] : (check.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath || '/'}: ${e.message ?? ''}`);
}
