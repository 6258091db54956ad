import { describe, expect, it } from 'vitest';
import { folderLocale, isLocaleCode, isSourceLocale } from '../../src/sources/locale.js';
import { applyDefaults } from '../../src/config/schema.js';
import { findings, lintRepo, lintTexts, result } from './helpers.js';

const config = applyDefaults({}, '/kb', null);

describe('locales', () => {
  it('recognises locale folders, not ordinary folder names', () => {
    for (const code of ['fr', 'en-us', 'pt-br', 'pt_BR', 'zh-hant-tw', 'es-419', 'de']) expect(isLocaleCode(code), code).toBe(true);
    for (const name of ['api', 'trading', 'faq', 'zz', 'ui', 'en-usa-x', 'exports']) expect(isLocaleCode(name), name).toBe(false);
  });

  it('takes the first locale folder under the config folder', () => {
    expect(folderLocale('/kb/fr/getting-started/a.md', config)).toEqual({ locale: 'fr', sharedPath: 'getting-started/a.md' });
    expect(folderLocale('/kb/help/pt_BR/a.md', config)).toEqual({ locale: 'pt-br', sharedPath: 'help/a.md' });
    expect(folderLocale('/kb/api/a.md', config)).toBeNull();
    // A file named like a locale is not a folder.
    expect(folderLocale('/kb/fr.md', config)).toBeNull();
  });

  it('treats the bare language of the source locale as the source', () => {
    expect(isSourceLocale('en', 'en-us')).toBe(true);
    expect(isSourceLocale('EN_US', 'en-us')).toBe(true);
    expect(isSourceLocale('en-gb', 'en-us')).toBe(false);
    expect(isSourceLocale('fr', 'en-us')).toBe(false);
  });
});

describe('translation-outdated', () => {
  const source = '---\ntitle: A\nupdated: 2026-04-10\n---\n\n# A\n\nText.\n';
  const translation = (updated: string, extra = '') => `---\ntitle: A (fr)\n${extra}updated: ${updated}\n---\n\n# A\n\nTexte.\n`;

  it('flags a translation older than its source, with both dates, on its date line', async () => {
    const results = await lintTexts({ 'en-us/a.md': source, 'fr/a.md': translation('2026-03-01') });
    const fr = result(results, 'fr/a.md');
    expect(findings(fr, ['translation-outdated'])).toEqual(['translation-outdated@3']);
    const message = fr.messages.find((m) => m.ruleId === 'translation-outdated')!;
    expect(message.severity).toBe('warning');
    expect(message.message).toContain('2026-03-01');
    expect(message.message).toContain('2026-04-10');
    expect(message.message).toContain('en-us/a.md');
    expect(fr.metadata.locale).toBe('fr');
    expect(findings(result(results, 'en-us/a.md'), ['translation-outdated'])).toEqual([]);
  });

  it('pairs a translation folder with a source outside any locale folder', async () => {
    const results = await lintTexts({ 'guide/a.md': source, 'de/guide/a.md': translation('2026-01-01') });
    expect(findings(result(results, 'de/guide/a.md'), ['translation-outdated'])).toEqual(['translation-outdated@3']);
  });

  it('follows a frontmatter source key and a configured source locale', async () => {
    const results = await lintTexts(
      {
        'en-gb/a.md': source,
        'es/otro-nombre.md': translation('2026-02-01', 'source: en-gb/a.md\n'),
        'en-us/a.md': translation('2026-01-01'),
      },
      { configExtra: { sources: { sourceLocale: 'en-gb' } } },
    );
    expect(findings(result(results, 'es/otro-nombre.md'), ['translation-outdated'])).toEqual(['translation-outdated@4']);
    // en-us is a translation when the source locale is en-gb.
    expect(findings(result(results, 'en-us/a.md'), ['translation-outdated'])).toEqual(['translation-outdated@3']);
  });

  it('allows a lag within graceDays', async () => {
    const files = { 'en-us/a.md': source, 'fr/a.md': translation('2026-04-01') };
    const strict = await lintTexts(files);
    expect(findings(result(strict, 'fr/a.md'), ['translation-outdated'])).toEqual(['translation-outdated@3']);
    const lenient = await lintTexts(files, { configExtra: { rules: { 'translation-outdated': ['warning', { graceDays: 14 }] } } });
    expect(findings(result(lenient, 'fr/a.md'), ['translation-outdated'])).toEqual([]);
  });

  it('groups Zendesk articles by id across per-locale export files', async () => {
    const results = await lintRepo(['fixtures/rules/translation-outdated/zendesk']);
    const fr = results.files.filter((f) => f.filePath.endsWith('fr.json'));
    expect(fr.flatMap((f) => findings(f, ['translation-outdated']))).toEqual(['translation-outdated@9']);
    expect(fr[0]!.messages.find((m) => m.ruleId === 'translation-outdated')!.message).toContain('source (en-us.json#4400100200)');
  });
});
