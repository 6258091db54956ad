// The config's JSON Schema, generated from the zod schema (one source of truth),
// for editors: completion and validation of kblint.config.json and
// `.kblintrc*` files. Written to schemas/kblint.config.schema.json by
// `npm run schema`; a test checks the committed file matches. Each property
// gets its description from descriptions.ts, by dotted path.
import { z } from 'zod';
import { configSchema } from './schema.js';
import { CONFIG_DESCRIPTIONS } from './descriptions.js';
import { KBLINT_REPOSITORY } from '../model/version.js';

export const CONFIG_SCHEMA_FILE = 'schemas/kblint.config.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  // The input side: what a config file may say (severity aliases included), before defaults and transforms.
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  forEachProperty(generated, (parent, key, path) => {
    const description = CONFIG_DESCRIPTIONS[path];
    // Description first, so a reader of the file sees what a key is before its type.
    if (description !== undefined) parent[key] = { description, ...parent[key] };
  });
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

type SchemaNode = Record<string, unknown>;

/**
 * Every property the schema declares, by dotted path (`links.cache.path`; a
 * list's entries as `[]`, `links.headers[].urls`; a record's values as `*`),
 * including those inside a union's branches.
 */
export function configProperties(schema: SchemaNode = configJsonSchema()): { path: string; node: SchemaNode }[] {
  const found: { path: string; node: SchemaNode }[] = [];
  forEachProperty(schema, (parent, key, path) => found.push({ path, node: parent[key]! }));
  return found;
}

function forEachProperty(node: unknown, visit: (parent: Record<string, SchemaNode>, key: string, path: string) => void, at = ''): void {
  if (!isNode(node)) return;
  // zod inlines every schema today; a shared definition would need its own path rules.
  if ('$ref' in node) throw new Error(`the config JSON Schema has a $ref at "${at}": forEachProperty cannot follow it`);
  const child = (segment: string) => (at === '' ? segment : `${at}${segment.startsWith('[') ? '' : '.'}${segment}`);
  if (isNode(node.properties)) {
    const properties = node.properties as Record<string, SchemaNode>;
    for (const key of Object.keys(properties)) {
      visit(properties, key, child(key));
      forEachProperty(properties[key], visit, child(key));
    }
  }
  for (const branches of [node.anyOf, node.oneOf, node.allOf]) {
    if (Array.isArray(branches)) for (const branch of branches) forEachProperty(branch, visit, at);
  }
  const items = Array.isArray(node.items) ? node.items : [node.items];
  for (const item of items) forEachProperty(item, visit, child('[]'));
  forEachProperty(node.additionalProperties, visit, child('*'));
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
