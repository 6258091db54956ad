import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ajvModule from 'ajv';
import { CONFIG_SCHEMA_FILE, configProperties } from '../../src/config/json-schema.js';
import { CONFIG_DESCRIPTIONS } from '../../src/config/descriptions.js';
import { applyDefaults, DEFAULT_FIELDS } from '../../src/config/schema.js';
import { DEFAULT_CODE_PATTERN } from '../../src/codes/detect.js';
import { readabilitySettings } from '../../src/prose/settings.js';
import { LINK_DEFAULTS, linkOptions } from '../../src/links/options.js';
import { DEFAULT_KIND_FIELDS } from '../../src/metadata/kind.js';
import { sourceLocale } from '../../src/sources/locale.js';
import { DEFAULT_SALESFORCE_BODY_FIELDS } from '../../src/sources/platforms/salesforce.js';
import type { Article } from '../../src/model/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const committed = JSON.parse(readFileSync(path.join(root, CONFIG_SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
// A fresh generation, so an option added to the zod schema is caught before `npm run schema`.
const properties = configProperties();

describe('config option descriptions (src/config/descriptions.ts)', () => {
  it('walks every property of the schema, nested and in unions', () => {
    const paths = properties.map((p) => p.path);
    expect(paths).toContain('freshness.policies[].maxAgeDays');
    expect(paths).toContain('links.headers[].urls');
    expect(paths).toContain('links.slugger.lowercase');
    expect(paths).toContain('sources.document360.language');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('give every property of the schema a description of whole sentences', () => {
    const undescribed = properties.filter((p) => typeof p.node.description !== 'string').map((p) => p.path);
    expect(undescribed, 'add these to src/config/descriptions.ts, then run `npm run schema`').toEqual([]);
    for (const { path: at, node } of properties) {
      const text = node.description as string;
      expect(text, at).toMatch(/^[A-Z].*\.$/s);
      expect(text.length, at).toBeLessThanOrEqual(320);
    }
  });

  it('name only options the schema has', () => {
    const paths = new Set(properties.map((p) => p.path));
    expect(Object.keys(CONFIG_DESCRIPTIONS).filter((key) => !paths.has(key))).toEqual([]);
  });

  it('state the defaults the code applies', () => {
    const config = applyDefaults({}, '/project', null);
    const links = linkOptions(config);
    const readability = readabilitySettings({ absolutePath: '/project/a.md', metadata: { category: null } } as unknown as Article, config);
    const list = (values: readonly string[]) => values.join(', ');
    const expected: Record<string, string | number | boolean> = {
      'freshness.maxAgeDays': config.freshness.maxAgeDays,
      'freshness.warnAfterDays': config.freshness.warnAfterDays,
      ...Object.fromEntries(Object.entries(DEFAULT_FIELDS).map(([value, keys]) => [`metadata.fields.${value}`, list(keys)])),
      'metadata.dateOrder': config.metadata.dateOrder,
      'metadata.bodyDates': config.metadata.bodyDates,
      'errorCodes.pattern': DEFAULT_CODE_PATTERN,
      'readability.targetAge': readability.targetAge,
      'readability.threshold': `${Math.round(readability.threshold * 7)}/7`,
      'readability.minWords': readability.minWords,
      'readability.maxGrade': readability.maxGrade,
      'readability.maxFindings': readability.maxFindings,
      'links.external': links.external,
      'links.timeoutMs': links.timeoutMs,
      'links.concurrency': links.concurrency,
      'links.perHostConcurrency': links.perHostConcurrency,
      'links.retries': links.retries,
      'links.retryDelayMs': links.retryDelayMs,
      'links.maxRetryAfterMs': links.maxRetryAfterMs,
      'links.allowPrivate': links.allowPrivate,
      'links.cache.path': LINK_DEFAULTS.cachePath,
      'links.cache.okTtlSeconds': links.cache.okTtlSeconds,
      'links.cache.failureTtlSeconds': links.cache.failureTtlSeconds,
      'pages.kindField': list(DEFAULT_KIND_FIELDS),
      'sources.sourceLocale': sourceLocale(config),
      'sources.salesforce.bodyFields': list(DEFAULT_SALESFORCE_BODY_FIELDS),
    };
    expect(path.relative('/project', links.cache.path)).toBe(path.normalize(LINK_DEFAULTS.cachePath));
    for (const [at, value] of Object.entries(expected)) {
      const said = new RegExp(`Default: ${String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[ .]|$)`);
      expect(CONFIG_DESCRIPTIONS[at], at).toMatch(said);
    }
  });

  it('keep the committed schema to standard keywords, so a strict validator compiles it', () => {
    const Ajv = ajvModule.default;
    expect(() => new Ajv({ strict: true }).compile(committed)).not.toThrow();
  });
});
