import { truncateSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { decodeText, MAX_FILE_BYTES, readTextFile } from '../../src/engine/read.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject;
afterEach(() => project?.remove());

const config = { now: '2026-06-01' };

describe('reading a file', () => {
  it('refuses a file over the size cap from its size alone, before reading it', async () => {
    project = tmpProject({});
    const big = project.write('big.md', '');
    // A sparse file: reading it would take seconds and gigabytes; stat says enough.
    truncateSync(big, 2 * 1024 * 1024 * 1024);
    const outcome = await readTextFile(big);
    expect(outcome).toEqual({ ok: false, reason: 'the file is 2048.0 MiB, over the 20 MiB limit for an article' });
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('reads a text file with one NUL as text, wherever the NUL is', () => {
    const early = decodeText(Buffer.from('# Title\n\nA\0B\n'));
    const late = decodeText(Buffer.from(`# Title\n\n${'x'.repeat(10_000)}\0\n`));
    expect(early.ok && late.ok).toBe(true);
  });

  it('refuses binary content by its share of control bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    const outcome = decodeText(png);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toMatch(/looks binary \(\d+% control bytes in its first 8 KiB\)/);
  });
});

describe('input hazards through lint()', () => {
  async function messagesOf(files: Record<string, string>) {
    project = tmpProject({ ...files, 'kblint.config.json': JSON.stringify(config) });
    const results = await lint({ patterns: ['.'], cwd: project.dir, jobs: 0 });
    return Object.fromEntries(results.files.map((f) => [f.path, f.messages.filter((m) => m.ruleId !== 'missing-dates').map((m) => `${m.ruleId}@${m.line}:${m.column} ${m.message}`)]));
  }

  it('reports a NUL where it is, early or late, and lints the rest of the file', async () => {
    const found = await messagesOf({ 'early.md': '# Early\n\nA\0B\n', 'late.md': `# Late\n\n${'A short line.\n'.repeat(900)}\nx\0\0\n` });
    expect(found['early.md']).toEqual(['source-format@3:2 The file holds a NUL byte, which parsers read as U+FFFD; an article has no use for it.']);
    expect(found['late.md']).toEqual(['source-format@904:2 The file holds 2 NUL bytes (this is the first), which parsers read as U+FFFD; an article has no use for it.']);
  });

  it('reports ---js, ---javascript, ---toml and +++ frontmatter as unsupported, at the fence, and keeps it out of the body', async () => {
    const found = await messagesOf({
      'js.md': '---js\n{ title: "Hi" }\n---\n# Hi\n',
      'javascript.md': '---javascript\nmodule.exports = {}\n---\n# Hi\n',
      'toml.md': '---toml\ntitle = "Hi"\n---\n# Hi\n',
      'hugo.md': '+++\ntitle = "Hi"\n+++\n# Hi\n',
    });
    expect(found['js.md']).toEqual(['source-format@1:1 Frontmatter opened with "---js" is not read: kblint reads YAML frontmatter between "---" lines only, so these fields are ignored.']);
    expect(found['javascript.md']![0]).toMatch(/^source-format@1:1 Frontmatter opened with "---javascript"/);
    expect(found['toml.md']![0]).toMatch(/^source-format@1:1 Frontmatter opened with "---toml"/);
    expect(found['hugo.md']![0]).toMatch(/^source-format@1:1 Frontmatter opened with "\+\+\+"/);
  });

  it('keeps YAML frontmatter and a thematic break at the top as they were', async () => {
    const found = await messagesOf({ 'yaml.md': '---\ntitle: Hi\nupdated: 2026-05-01\n---\n# Hi\n\nText.\n', 'rule.md': '---\n\n# Hi\n\nText.\n' });
    expect(found['yaml.md']).toEqual([]);
    expect(found['rule.md']!.filter((m) => m.startsWith('source-format'))).toEqual([]);
  });

  it('makes an empty Zendesk export page a warning about that file, not a failure', async () => {
    const found = await messagesOf({ 'page-3.json': '{"articles": [], "next_page": null}' });
    expect(found['page-3.json']).toEqual(['source-format@1:14 The export holds no articles (an empty "articles" list): nothing to lint in it.']);
  });
});
