// Page kinds: from frontmatter, path globs, version-headed sections, index stubs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDefaults, type UserConfig } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { kindSkips, pageKind } from '../../src/metadata/kind.js';

const root = '/kb';
const make = (file: string, text: string, user: UserConfig = {}) => {
  const config = applyDefaults(user, root, null);
  return { article: markdownArticle({ path: file, absolutePath: path.join(root, file), text }, config), config };
};
const kindOf = (file: string, text: string, user?: UserConfig) => {
  const { article, config } = make(file, text, user);
  return pageKind(article, config);
};

describe('pageKind', () => {
  it.each([
    ['kind: changelog', 'changelog'],
    ['type: Release Notes', 'release-notes'],
    ['layout: stub', 'index'],
    ['kind: article', 'article'],
    ['type: faq', 'article'],
  ])('frontmatter %j → %s', (line, kind) => {
    expect(kindOf('guide.md', `---\ntitle: T\n${line}\n---\n\n# T\n\nText.\n`)).toBe(kind);
  });

  it('reads path globs, the default names, and only the configured ones when set', () => {
    const text = '---\ntitle: T\n---\n\n# T\n\nText.\n';
    expect(kindOf('docs/CHANGELOG.md', text)).toBe('changelog');
    expect(kindOf('app/release-notes/2024-05.md', text)).toBe('release-notes');
    expect(kindOf('news/2024.md', text, { pages: { kinds: [{ files: 'news/**', kind: 'changelog' }] } })).toBe('changelog');
    expect(kindOf('docs/CHANGELOG.md', text, { pages: { kinds: [{ files: 'news/**', kind: 'changelog' }] } })).toBe('article');
  });

  it('takes changes files with a version or year for changelogs, but not an article about changes', () => {
    const text = '# Notes\n\nText.\n';
    for (const name of ['CHANGES.md', 'docs/changes.md', 'changes-2025.md', 'CHANGES_v2.md', 'changelog-for-the-api.md']) expect(kindOf(name, text), name).toBe('changelog');
    for (const name of ['changes-to-the-fee-schedule.md', 'admin/changes-to-msexchangehiddenfromaddresslist.md', 'changes_in_billing.md']) expect(kindOf(name, text), name).toBe('article');
  });

  it('takes a page of version- or date-headed sections for a changelog, not an ordinary page with a few H1s', () => {
    expect(kindOf('whats-new.md', '# 2.4.0\n\n- a\n\n# 2.3.1\n\n- b\n\n# May 2024\n\n- c\n')).toBe('changelog');
    expect(kindOf('guide.md', '# Setup\n\nText.\n\n# Usage\n\nText.\n\n# 2.4.0\n\nText.\n')).toBe('article');
    expect(kindOf('guide.md', '# 2.4.0\n\n- a\n\n# 2.3.1\n\n- b\n')).toBe('article');
  });

  it('takes an index.md with frontmatter and no body for a stub, and nothing else', () => {
    expect(kindOf('billing/index.md', '---\ntitle: Billing\n---\n')).toBe('index');
    expect(kindOf('billing/_index.md', '---\ntitle: Billing\n---\n\n<!-- generated -->\n')).toBe('index');
    expect(kindOf('billing/index.md', '---\ntitle: Billing\n---\n\nSome text.\n')).toBe('article');
    expect(kindOf('billing/overview.md', '---\ntitle: Billing\n---\n')).toBe('article');
    expect(kindOf('billing/index.md', 'No frontmatter.\n')).toBe('article');
  });

  it('skips the rules the kind skips, by default or as pages.skip says', () => {
    const changelog = make('CHANGELOG.md', '# 1.0.0\n');
    expect(kindSkips(changelog.article, changelog.config, 'stale-article')).toBe(true);
    expect(kindSkips(changelog.article, changelog.config, 'broken-link')).toBe(false);
    const custom = make('CHANGELOG.md', '# 1.0.0\n', { pages: { skip: { changelog: ['broken-link'] } } });
    expect(kindSkips(custom.article, custom.config, 'stale-article')).toBe(false);
    expect(kindSkips(custom.article, custom.config, 'broken-link')).toBe(true);
  });
});
