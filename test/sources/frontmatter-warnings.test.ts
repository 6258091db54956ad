// The YAML library warns through process.emitWarning on some frontmatter (a
// map used as a key); that would print article text to stderr outside
// kblint's CI-log neutraliser, so frontmatter is parsed with its warnings off.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../../src/index.js';

afterEach(() => vi.restoreAllMocks());

describe('frontmatter the YAML library would warn about', () => {
  it('prints no process warning and still reads the article', async () => {
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = '---\ntitle: Keys\nupdated: 2026-05-01\n? { x: "##[stop-commands]tok" }\n: y\n---\n\n# Keys\n\nText.\n';
    const results = await lintText(text, { filePath: 'keys.md', now: '2026-06-01', config: {} });
    expect(emitted).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
    expect(results.files[0]!.metadata).toMatchObject({ title: 'Keys', updated: '2026-05-01' });
  });
});
