import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ajvModule from 'ajv';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../../src/config/json-schema.js';
import { loadConfig } from '../../src/config/load.js';
import { loadRules } from '../../src/engine/rules.js';
import { tmpProject } from '../support/tmp-project.js';

const root = path.resolve(import.meta.dirname, '../..');
const committed = readFileSync(path.join(root, CONFIG_SCHEMA_FILE), 'utf8');
// ajv is CommonJS: its class is the default export's `default`.
const Ajv = ajvModule.default;
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(committed) as object);

/** The README's example config: the JSON block after "This example is itself loaded by the test suite". */
function readmeExample(): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf('This example is itself loaded by the test suite');
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at === -1 || !block) throw new Error('the README lost its example config');
  return block[1]!;
}

describe('the config JSON Schema', () => {
  it('is committed as a fresh generation from the zod schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it('is published in the package', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(CONFIG_SCHEMA_FILE);
  });

  it('accepts what kblint accepts and refuses what it refuses', () => {
    expect(validate({ $schema: './x.json', extends: ['kblint:strict'], rules: { 'stale-article': 'warn', 'missing-title': 2 } })).toBe(true);
    expect(validate({ freshness: { maxAgeDay: 3 } })).toBe(false);
    expect(validate({ rules: { 'stale-article': 'loud' } })).toBe(false);
    expect(validate({ links: { timeoutMs: 2 ** 31 } })).toBe(false);
  });
});

describe('the README example config', () => {
  it('is valid by the JSON Schema and loads, rules and all', async () => {
    const example = readmeExample();
    expect(validate(JSON.parse(example))).toBe(true);
    const project = tmpProject({ 'kblint.config.json': example });
    try {
      const config = await loadConfig({ searchFrom: project.dir, cwd: project.dir });
      expect(config.configChain).toEqual(['kblint:recommended', 'kblint.config.json']);
      const rules = await loadRules(config);
      expect(rules.has('remark-lint-no-multiple-toplevel-headings')).toBe(true);
      expect(config.rules!['missing-title']).toBe('warning');
    } finally {
      project.remove();
    }
  });
});
