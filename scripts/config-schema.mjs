// Writes schemas/kblint.config.schema.json from the zod schema (run after a
// build: `npm run schema`). The write is atomic: a temporary file, then a rename.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../dist/src/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, CONFIG_SCHEMA_FILE);
mkdirSync(path.dirname(target), { recursive: true });
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, configJsonSchemaText());
renameSync(temporary, target);
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
