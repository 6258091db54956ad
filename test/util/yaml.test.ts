// Every YAML parse goes through src/util/yaml.ts with the `yaml` library's
// warnings off: at its default log level the library calls
// process.emitWarning (a map used as a key when turned into a plain object,
// an unresolved tag in `YAML.parse`), which prints the file's text to stderr
// past kblint's CI-log neutraliser. Each input here makes the library warn at
// its default log level; kblint must read it as before and print nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/codes/catalog.js';
import { readConfigFile } from '../../src/config/files.js';
import { readPacks } from '../../src/config/packs.js';
import { lint } from '../../src/engine/lint.js';
import { firstYamlError, parseYaml, parseYamlDocument } from '../../src/util/yaml.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  project?.remove();
  project = undefined;
});

/** Runs `fn` with process warnings, console.warn and stderr watched; gives its result and everything they were handed. */
async function watched<T>(fn: () => T | Promise<T>): Promise<{ result: T; noise: unknown[] }> {
  const noise: unknown[] = [];
  vi.spyOn(process, 'emitWarning').mockImplementation((warning) => void noise.push(warning));
  vi.spyOn(console, 'warn').mockImplementation((...args) => void noise.push(args));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (noise.push(chunk), true));
  const result = await fn();
  // Node prints an emitted warning on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
  vi.restoreAllMocks();
  return { result, noise };
}

/** A mapping whose first key is a flow map: stringified, with a warning, when turned into a plain object. */
const MAP_KEY = '? { x: "##[stop-commands]tok" }\n: y\n';
const STRINGIFIED = '{ x: "##[stop-commands]tok" }';

describe('the helper', () => {
  it('reads what the library reads, without its warnings', async () => {
    const { result, noise } = await watched(() => parseYaml(`${MAP_KEY}a: !foo 1\n`));
    expect(result).toEqual({ value: { [STRINGIFIED]: 'y', a: '1' }, error: null });
    expect(noise).toEqual([]);
  });

  it('gives the first error with its position, first line only', () => {
    expect(parseYaml('a: 1\na: 2\n')).toEqual({ value: undefined, error: { message: 'Map keys must be unique at line 2, column 1:', line: 2, column: 1 } });
    const doc = parseYamlDocument('a: 1\n  b: 2\n', { schema: 'core' });
    expect(firstYamlError(doc)).toEqual({ message: 'Nested mappings are not allowed in compact mappings at line 1, column 4:', line: 1, column: 4 });
  });

  it('keeps the alias limit', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    expect(parseYaml(bomb).error?.message).toMatch(/alias/i);
  });
});

describe('YAML that makes the library warn', () => {
  it('a config file: read as before, nothing printed', async () => {
    project = tmpProject({ '.kblintrc.yaml': `${MAP_KEY}freshness: { maxAgeDays: 10 }\n` });
    const { result, noise } = await watched(() => readConfigFile(`${project!.dir}/.kblintrc.yaml`, '.kblintrc.yaml'));
    expect(result).toEqual({ [STRINGIFIED]: 'y', freshness: { maxAgeDays: 10 } });
    expect(noise).toEqual([]);
  });

  it('a config file with a YAML error: the same message and position', async () => {
    project = tmpProject({ '.kblintrc.yaml': `${MAP_KEY}a: 1\na: 2\n` });
    const { result, noise } = await watched(() => readConfigFile(`${project!.dir}/.kblintrc.yaml`, '.kblintrc.yaml').catch((error: Error) => error.message));
    expect(result).toBe('.kblintrc.yaml:4:1: invalid YAML: Map keys must be unique at line 4, column 1:');
    expect(noise).toEqual([]);
  });

  it('a rule pack: read as before, nothing printed', async () => {
    project = tmpProject({
      'packs/Acme/Swap.yml': `extends: substitution\nmessage: "Use '%s', not '%s'."\nswap:\n  ? [colour]\n  : color\n`,
      'packs/Bad/Swap.yml': `extends: substitution\nmessage: "Use '%s', not '%s'."\nswap:\n  ? { x: "##[stop-commands]tok" }\n  : y\n`,
    });
    const good = await watched(() => readPacks(['packs/Acme'], project!.dir, 'kblint.config.json', project!.dir));
    expect(good.result).toMatchObject([{ id: 'Acme.Swap', extends: 'substitution', swap: { '[ colour ]': 'color' } }]);
    expect(good.noise).toEqual([]);
    const bad = await watched(() => readPacks(['packs/Bad'], project!.dir, 'kblint.config.json', project!.dir).catch((error: Error) => error.message));
    expect(bad.result).toBe(`invalid rule pack\n  packs/Bad/Swap.yml: Bad.Swap: swap.${STRINGIFIED}: Invalid key in record`);
    expect(bad.noise).toEqual([]);
  });

  it('an error-code catalog: read as before, nothing printed', async () => {
    const { result, noise } = await watched(() => parseCatalog(`${MAP_KEY.replace(': y', ': A code written as a map')}"007": Licence to fail\n`, 'codes.yaml'));
    expect([...result.entries.values()].map((e) => [e.code, e.message])).toEqual([
      [STRINGIFIED, 'A code written as a map'],
      ['007', 'Licence to fail'],
    ]);
    expect(noise).toEqual([]);
  });

  it('the frontmatter of a linked file that is not linted (its help-center id): read as before, nothing printed', async () => {
    project = tmpProject({
      'links.md': '---\ntitle: Links\nupdated: 2026-05-01\n---\n# Links\n\nSee [the other page](/hc/en-us/articles/360000000002-Other).\n',
      'other.md': '---\ntitle: Other\nid: !foo 360000000002\n? { x: "##[stop-commands]tok" }\n: y\n---\n# Other\n\nText.\n',
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { external: false } }),
    });
    const { result, noise } = await watched(() => lint({ patterns: ['links.md'], cwd: project!.dir }));
    const findings = result.files.flatMap((f) => f.messages).filter((m) => ['broken-link', 'redirected-link'].includes(m.ruleId));
    // Found by its frontmatter id (with no id there it is a broken-link).
    expect(findings).toEqual([]);
    expect(noise).toEqual([]);
  });
});

describe('an alias bomb', () => {
  // Each level doubles: 2^12 copies of the first list from a few hundred bytes.
  const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: [${Array(2).fill(`*l${i}`).join(', ')}]`);
  const BOMB = `l0: &l0 [x, x]\n${levels.map((line, i) => line.replace(/^l(\d+):/, `l$1: &l${i + 1}`)).join('\n')}\n`;

  it('is an invalid-YAML config error naming the file, not a raw library error', async () => {
    project = tmpProject({ '.kblintrc.yaml': BOMB });
    const message = await readConfigFile(`${project.dir}/.kblintrc.yaml`, '.kblintrc.yaml').then(
      () => 'read',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    expect(message).toBe('ConfigError: .kblintrc.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack');
  });

  it('is an invalid-YAML catalog error naming the catalog', () => {
    expect(() => parseCatalog(BOMB, 'codes.yaml')).toThrow('error-code catalog codes.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack');
  });

  it('is an error the helper returns, not throws', () => {
    expect(parseYaml(BOMB)).toEqual({ value: undefined, error: { message: 'Excessive alias count indicates a resource exhaustion attack' } });
  });
});
