// Files that match the same `overrides` blocks share one resolved settings
// table (resolved once, not per file); the tables still say what each file's
// blocks set.
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/config/schema.js';
import { resolveRuleSettings } from '../../src/engine/rule-settings.js';
import { loadRules } from '../../src/engine/rules.js';

const config = applyDefaults(
  {
    rules: { 'stale-article': 'error' },
    overrides: [
      { files: 'announcements/**', rules: { 'stale-article': 'off' } },
      { files: '**/legacy-*.md', rules: { 'readability': 'off' } },
    ],
  } as never,
  '/project',
  null,
);
const rules = await loadRules(config);

describe('resolveRuleSettings', () => {
  it('gives each file the settings of the blocks that match it', () => {
    expect(resolveRuleSettings(config, rules, 'guides/a.md').get('stale-article')?.severity).toBe('error');
    expect(resolveRuleSettings(config, rules, 'announcements/a.md').get('stale-article')?.severity).toBe('off');
    const both = resolveRuleSettings(config, rules, 'announcements/legacy-x.md');
    expect([both.get('stale-article')?.severity, both.get('readability')?.severity]).toEqual(['off', 'off']);
    expect(resolveRuleSettings(config, rules, 'guides/legacy-y.md').get('readability')?.severity).toBe('off');
    expect(resolveRuleSettings(config, rules, 'guides/a.md').get('readability')?.severity).not.toBe('off');
  });

  it('shares one table between files that match the same blocks', () => {
    const a = resolveRuleSettings(config, rules, 'guides/a.md');
    expect(resolveRuleSettings(config, rules, 'other/b.md')).toBe(a);
    const announcement = resolveRuleSettings(config, rules, 'announcements/a.md');
    expect(announcement).not.toBe(a);
    expect(resolveRuleSettings(config, rules, 'announcements/deep/c.md')).toBe(announcement);
    // Another config (even an equal one) gets tables of its own.
    const again = applyDefaults({ rules: { 'stale-article': 'warning' } } as never, '/project', null);
    expect(resolveRuleSettings(again, rules, 'guides/a.md').get('stale-article')?.severity).toBe('warning');
  });
});
