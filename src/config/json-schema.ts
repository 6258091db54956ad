// The config's JSON Schema, generated from the zod schema (one source of truth),
// for editors: completion and validation of kblint.config.json and
// `.kblintrc*` files. Written to schemas/kblint.config.schema.json by
// `npm run schema`; a test checks the committed file matches.
import { z } from 'zod';
import { configSchema } from './schema.js';
import { KBLINT_REPOSITORY } from '../model/version.js';

export const CONFIG_SCHEMA_FILE = 'schemas/kblint.config.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  // The input side: what a config file may say (severity aliases included), before defaults and transforms.
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: `${KBLINT_REPOSITORY.replace('github.com', 'raw.githubusercontent.com')}/main/${CONFIG_SCHEMA_FILE}`,
    title: 'kblint configuration',
    description: `Settings for kblint, the help-center content linter. See ${KBLINT_REPOSITORY}#configuration`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the committed file holds it. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
