#!/usr/bin/env node
// Writes schemas/audit.schema.json from the zod schema in src/audit/schema.ts
// (run after `npm run build`). test/audit/schema.test.ts fails when the
// committed file and the schema differ.
import { writeFileSync } from 'node:fs';
import { auditJsonSchema } from '../dist/src/audit/schema.js';

writeFileSync(new URL('./audit.schema.json', import.meta.url), `${JSON.stringify(auditJsonSchema(), null, 2)}\n`);
