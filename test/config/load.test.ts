import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import type { LintResults } from '../../src/model/types.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** An article updated on 2026-05-01: stale only when maxAgeDays is short. */
const ARTICLE = '---\ntitle: A\nupdated: 2026-05-01\n---\n# A\n\nText.\n';

async function run(files: Record<string, string>, patterns = ['docs']): Promise<LintResults> {
  project = tmpProject({ 'docs/a.md': ARTICLE, ...files });
  return lint({ patterns, cwd: project.dir, now: '2026-06-01', flags: { offline: true } });
}

const stale = (results: LintResults) => results.files[0]!.messages.filter((m) => m.ruleId === 'stale-article').map((m) => m.severity);
const load = (files: Record<string, string>, searchFrom = 'docs') => {
  project = tmpProject({ 'docs/a.md': ARTICLE, ...files });
  return loadConfig({ searchFrom: `${project.dir}/${searchFrom}`, cwd: project.dir });
};

describe('config discovery', () => {
  it.each([
    ['.kblintrc', '{ "freshness": { "maxAgeDays": 10 } }'],
    ['.kblintrc', 'freshness:\n  maxAgeDays: 10\n'],
    ['.kblintrc.json', '{ "freshness": { "maxAgeDays": 10 } }'],
    ['.kblintrc.jsonc', '// comments are fine\n{ "freshness": { /* days */ "maxAgeDays": 10, }, }'],
    ['.kblintrc.yaml', 'freshness: { maxAgeDays: 10 }\n'],
    ['.kblintrc.yml', 'freshness: { maxAgeDays: 10 }\n'],
    ['.kblintrc.mjs', 'export default { freshness: { maxAgeDays: 10 } };\n'],
    ['.kblintrc.cjs', 'module.exports = { freshness: { maxAgeDays: 10 } };\n'],
    ['.config/kblintrc', 'freshness:\n  maxAgeDays: 10\n'],
    ['.config/kblintrc.json', '{ "freshness": { "maxAgeDays": 10 } }'],
    ['.config/kblintrc.yaml', 'freshness: { maxAgeDays: 10 }\n'],
    ['kblint.config.jsonc', '{\n  // a comment\n  "freshness": { "maxAgeDays": 10 }\n}'],
    ['kblint.config.cjs', 'module.exports = { freshness: { maxAgeDays: 10 } };\n'],
    ['kblint.config.js', 'export default { freshness: { maxAgeDays: 10 } };\n'],
    ['kblint.config.json', '{ "freshness": { "maxAgeDays": 10 } } // JSON with comments too\n'],
  ])('reads %s (%#), found upward from the linted folder', async (name, content) => {
    expect(stale(await run({ [name]: content }))).toEqual(['error']);
  });

  it('honours "now" in a .kblintrc.json (it used to be ignored and freshness judged on today)', async () => {
    project = tmpProject({ 'docs/a.md': ARTICLE, '.kblintrc.json': '{ "now": "2026-05-02", "freshness": { "maxAgeDays": 1 } }' });
    const results = await lint({ patterns: ['docs'], cwd: project.dir, flags: { offline: true } });
    expect(results.now).toBe('2026-05-02');
    expect(stale(results)).toEqual([]);
  });

  it('refuses two config files in one folder, naming both', async () => {
    await expect(load({ 'kblint.config.json': '{}', '.kblintrc.yaml': 'now: 2026-01-01\n' })).rejects.toThrow(
      /two config files in one folder: \.kblintrc\.yaml and kblint\.config\.json/,
    );
    await expect(load({ 'kblint.config.json': '{}', 'package.json': '{"name": "x", "kblint": {}}' })).rejects.toThrow(/package\.json and kblint\.config\.json/);
    // A package.json without a "kblint" key is no config.
    await expect(load({ 'kblint.config.json': '{"now": "2026-01-01"}', 'package.json': '{"name": "x"}' })).resolves.toMatchObject({ now: '2026-01-01' });
  });

  it.each([
    ['kblint.config.json', ''],
    ['kblint.config.json', 'null'],
    ['kblint.config.yaml', '~\n'],
    ['kblint.config.yaml', '# only a comment\n'],
    ['.kblintrc', ''],
    ['kblint.config.mjs', 'export default null;\n'],
    ['kblint.config.mjs', 'export const rules = {};\n'],
    ['package.json', '{"name": "x", "kblint": null}'],
  ])('stops on a config that says nothing: %s %j, never falling back to a parent config', async (name, content) => {
    // The parent folder's config would have been found if the empty one were skipped.
    const attempt = load({ 'kblint.config.yaml': 'now: 2026-01-01\n', [`docs/${name}`]: content });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(new RegExp(`docs/${name.replace('.', '\\.')}: `));
  });

  it('names a config module that throws', async () => {
    await expect(load({ 'docs/kblint.config.mjs': 'throw new Error("no settings today");\n' })).rejects.toThrow(
      /docs\/kblint\.config\.mjs: the config module failed to load: no settings today/,
    );
  });

  it('refuses a config that is not an object', async () => {
    await expect(load({ 'docs/kblint.config.json': '["a"]' })).rejects.toThrow(/kblint\.config\.json: the config must be an object of settings, not a list/);
  });
});

describe('extends', () => {
  it('merges a chain in order: preset, shared package, relative file, the project config', async () => {
    const config = await load({
      'node_modules/kblint-config-acme/package.json': '{"name": "kblint-config-acme", "main": "index.json"}',
      'node_modules/kblint-config-acme/index.json': JSON.stringify({
        extends: 'kblint:strict',
        ignore: ['drafts/**'],
        rules: { 'passive-voice': ['info', { allow: ['was'] }] },
        freshness: { policies: [{ category: 'news', maxAgeDays: 30 }] },
      }),
      'shared/base.yaml': 'extends: kblint-config-acme\nignore: [archive/**]\nfreshness:\n  warnAfterDays: 60\n',
      'kblint.config.json': JSON.stringify({
        extends: ['./shared/base.yaml'],
        rules: { 'passive-voice': 'warn' },
        freshness: { maxAgeDays: 120, policies: [{ files: 'legal/**', maxAgeDays: 700 }] },
      }),
    });
    expect(config.configChain).toEqual(['kblint:recommended', 'kblint:strict', 'node_modules/kblint-config-acme/index.json', 'shared/base.yaml', 'kblint.config.json']);
    // "warn" alone keeps the options the shared config gave the rule.
    expect(config.rules!['passive-voice']).toEqual(['warning', { allow: ['was'] }]);
    expect(config.rules!['plain-language']).toBe('warning');
    expect(config.ignore).toEqual(['drafts/**', 'archive/**']);
    expect(config.freshness).toMatchObject({ maxAgeDays: 120, warnAfterDays: 60 });
    expect(config.freshness.policies).toEqual([{ category: 'news', maxAgeDays: 30 }, { files: 'legal/**', maxAgeDays: 700 }]);
  });

  it('makes a shared config\'s file paths relative to that file', async () => {
    const config = await load({
      'shared/base.json': JSON.stringify({ packs: ['./styles'], errorCodes: { catalog: 'codes.yaml' } }),
      'shared/styles/Words.yml': 'extends: existence\nmessage: x\ntokens: [foo]\n',
      'Local/Rule.yml': 'extends: existence\nmessage: y\ntokens: [bar]\n',
      'kblint.config.json': JSON.stringify({ extends: './shared/base.json', packs: ['./Local/Rule.yml'] }),
    });
    expect(config.packs).toEqual([`${project!.dir}/shared/styles`, './Local/Rule.yml']);
    expect(config.packRules!.map((r) => r.id)).toEqual(['styles.Words', 'Local.Rule']);
    expect(config.errorCodes!.catalog).toBe(`${project!.dir}/shared/codes.yaml`);
  });

  it('reports a cycle, an unknown preset, a missing package, and a base\'s own mistakes by its file', async () => {
    await expect(load({ 'a.json': '{"extends": "./kblint.config.json"}', 'kblint.config.json': '{"extends": "./a.json"}' })).rejects.toThrow(
      /extends makes a cycle: kblint\.config\.json → a\.json → kblint\.config\.json/,
    );
    await expect(load({ 'kblint.config.json': '{"extends": "kblint:strictest"}' })).rejects.toThrow(/unknown preset "kblint:strictest" \(kblint has kblint:recommended, kblint:strict\)/);
    await expect(load({ 'kblint.config.json': '{"extends": "kblint-config-missing"}' })).rejects.toThrow(/cannot find the shareable config "kblint-config-missing"/);
    await expect(load({ 'base.json': '{"freshness": {"maxAgeDay": 3}}', 'kblint.config.json': '{"extends": "./base.json"}' })).rejects.toThrow(
      /base\.json: unknown key "maxAgeDay" in freshness \(did you mean "maxAgeDays"\?\)/,
    );
  });
});

describe('friendly validation', () => {
  it.each([
    [{ freshnes: {} }, /unknown key "freshnes" \(did you mean "freshness"\?\)/],
    [{ links: { timeutMs: 5 } }, /unknown key "timeutMs" in links \(did you mean "timeoutMs"\?\)/],
    [{ rules: { 'stale-artcle': 'error' } }, /unknown rule "stale-artcle" \(did you mean "stale-article"\?\)/],
    [{ rules: { 'stale-article': 'warnng' } }, /rules\.stale-article: "warnng" is not a severity \(did you mean "warning"\?\); use off, info, warning \(or warn\), error, or 0\/1\/2/],
    [{ rules: { 'stale-article': 3 } }, /rules\.stale-article: expected a severity/],
    [{ links: { timeoutMs: 2 ** 31 } }, /links\.timeoutMs: at most 2147483647 ms/],
    [{ links: { retryDelayMs: 600_000 } }, /links\.retryDelayMs: at most 60000 ms/],
    [{ freshness: { maxAgeDays: 1e9 } }, /freshness\.maxAgeDays: at most 36500 days/],
  ])('explains %j', async (config, pattern) => {
    project = tmpProject({ 'kblint.config.json': JSON.stringify(config), 'a.md': ARTICLE });
    await expect(lint({ patterns: ['.'], cwd: project.dir, flags: { offline: true } })).rejects.toThrow(pattern);
  });

  it('accepts severities as ESLint users write them: warn, 0, 1, 2', async () => {
    const results = await run({ 'kblint.config.json': JSON.stringify({ rules: { 'stale-article': 1, 'missing-title': 0, 'date-consistency': 'warn', 'missing-dates': [2] }, freshness: { maxAgeDays: 10 } }) });
    expect(stale(results)).toEqual(['warning']);
    const config = await loadConfig({ searchFrom: project!.dir, cwd: project!.dir });
    expect(config.rules).toEqual({ 'stale-article': 'warning', 'missing-title': 'off', 'date-consistency': 'warning', 'missing-dates': ['error'] });
  });
});
