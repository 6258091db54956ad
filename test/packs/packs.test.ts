import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/common.js';
import { lintTexts, result, root } from '../sources/helpers.js';
import { runPackRule, testPacks } from '../../src/cli/test-pack-command.js';
import { packRuleSchema, type PackRuleSpec } from '../../src/config/pack-schema.js';
import { tmpProject } from '../support/tmp-project.js';
import { lint } from '../../src/engine/lint.js';

const PACK = path.join(root, 'packs/HelpCenter');
const withPack = { configExtra: { packs: [PACK] } };
const terms = (file: ReturnType<typeof result>) => file.messages.filter((m) => m.ruleId === 'HelpCenter.Terms').map((m) => [m.line, m.column, m.message, m.suggestion]);

const spec = (body: Record<string, unknown>): PackRuleSpec => ({ ...packRuleSchema.parse(body), id: 'Test.Rule', file: 'test.yml' });

describe('YAML rule packs', () => {
  it('flag a term and suggest its swap in Markdown, HTML and a Zendesk export alike', async () => {
    const results = await lintTexts(
      {
        'article.md': '---\ntitle: Access\nupdated: 2026-05-01\n---\n# Access\n\nTo log in, open the app.\n',
        'page.html': '<!doctype html><html lang="en"><body><article><h1>Access</h1>\n<p>To log in, open the app.</p></article></body></html>\n',
        'export.json': '{"articles": [{"id": 5, "title": "Access", "html_url": "https://x.example/5", "edited_at": "2026-05-01",\n "body": "<p>To log in, open the app.</p>"}]}\n',
      },
      withPack,
    );
    const expected = (line: number, column: number) => [[line, column, "Use 'sign in' instead of 'log in', as the product's screens say.", 'sign in']];
    expect(terms(result(results, 'article.md'))).toEqual(expected(7, 4));
    expect(terms(result(results, 'page.html'))).toEqual(expected(2, 7));
    expect(terms(result(results, 'export.json#5'))).toEqual(expected(2, 17));
  });

  it('are silenced by inline disable comments, and set like any rule', async () => {
    const results = await lintTexts(
      {
        'a.md': '# A\n\n<!-- kblint-disable-next-line HelpCenter.Terms -->\nLog in first.\n\nThen log out.\n',
        'b.md': '# B\n\nLog in first.\n',
      },
      { configExtra: { packs: [PACK], overrides: [{ files: 'b.md', rules: { 'HelpCenter.Terms': 'off' } }] } },
    );
    expect(terms(result(results, 'a.md'))).toEqual([[6, 6, "Use 'sign out' instead of 'log out', as the product's screens say.", 'sign out']]);
    expect(terms(result(results, 'b.md'))).toEqual([]);
  });

  it('keep the case of a swap at the start of a sentence, and never swap a word for itself', async () => {
    const rule = spec({ extends: 'substitution', message: "Use '%s' instead of '%s'.", swap: { 'e-?mail': 'email' } });
    expect((await runPackRule(rule, 'E-mail us. Or email us.')).map((f) => f.message)).toEqual(["Use 'Email' instead of 'E-mail'."]);
  });

  it('read only their scope: link text, headings; code is left out', async () => {
    const existence = spec({ extends: 'existence', message: 'No %s.', tokens: ['here'], scope: 'link' });
    expect(await runPackRule(existence, 'Click [here](https://x.example) or read on here.\n')).toHaveLength(1);
    const everywhere = spec({ extends: 'existence', message: 'No %s.', tokens: ['foo'] });
    expect((await runPackRule(everywhere, '# Foo\n\nA foo, `foo` and\n\n```\nfoo\n```\n\n| foo |\n| --- |\n| foo |\n')).map((f) => f.span!.start.line)).toEqual([1, 3, 9, 11]);
  });

  it('read a callout marker (> [!NOTE]) as syntax, not as a word', async () => {
    const caps = spec({ extends: 'existence', message: '%s', raw: ['[A-Z]{4}'], ignorecase: false });
    expect((await runPackRule(caps, '> [!NOTE]\n> Keep the CODE safe.\n')).map((f) => f.message)).toEqual(['CODE']);
  });

  it('count occurrences, judge heading case, want terms defined, and measure', async () => {
    const occurrence = spec({ extends: 'occurrence', message: '%s exclamation marks.', token: '!', max: 1 });
    expect((await runPackRule(occurrence, 'Wow! Great!\n')).map((f) => [f.message, f.span!.start.column])).toEqual([['2 exclamation marks.', 11]]);
    const title = spec({ extends: 'capitalization', message: 'Title case: %s', match: '$title' });
    expect((await runPackRule(title, '# Reset your Password\n\n## Reset Your Password in the App\n')).map((f) => f.message)).toEqual(['Title case: Reset your Password']);
    const conditional = spec({ extends: 'conditional', message: 'Define %s.' });
    expect((await runPackRule(conditional, 'Use TOTP codes. Time Based One Time Password (TBOTP) apps help.\n')).map((f) => f.message)).toEqual(['Define TOTP.']);
    const metric = spec({ extends: 'metric', message: '%s links', formula: 'links * 2', condition: '>= 4' });
    expect((await runPackRule(metric, '# T\n\n[a](https://a.example) [b](https://b.example)\n')).map((f) => f.message)).toEqual(['4 links']);
  });

  it('refuse a rule that is wrong, naming the file and the rule', async () => {
    const project = tmpProject({
      'styles/Bad.yml': 'extends: substitution\nmessage: x\n',
      'styles/Worse.yml': 'extends: metric\nmessage: x\nformula: words / chapters\ncondition: "> 2"\n',
      'kblint.config.json': JSON.stringify({ packs: ['./styles/Bad.yml'] }),
      'a.md': '# A\n',
    });
    try {
      await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/styles\/Bad\.yml: styles\.Bad: swap: /);
      project.write('kblint.config.json', JSON.stringify({ packs: ['./styles/Worse.yml'] }));
      await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/styles\.Worse: formula: "chapters" is not a metric/);
      project.write('kblint.config.json', JSON.stringify({ packs: ['./nowhere'] }));
      await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/packs: "\.\/nowhere" is neither a file nor a folder/);
    } finally {
      project.remove();
    }
  });

  it('the shipped HelpCenter pack passes its own examples (kblint test-pack)', async () => {
    const outcome = await testPacks([PACK, path.join(root, 'packs/HelpCenterStyle')], root);
    expect(outcome.lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(outcome.ok).toBe(true);
    const state = { out: '', err: '' };
    const io: CliIO = { cwd: root, env: {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 100, stdout: (t) => void (state.out += t), stderr: (t) => void (state.err += t) };
    expect(await main(['test-pack', 'packs/HelpCenter'], io)).toBe(0);
    expect(state.out).toContain('✓ HelpCenter.Terms');
  });

  it('test-pack fails a rule whose example no longer holds', async () => {
    const project = tmpProject({ 'Style/Rule.yml': 'extends: existence\nmessage: x\ntokens: [foo]\nexamples:\n  invalid: ["no match here"]\n  valid: ["a foo"]\n' });
    try {
      const outcome = await testPacks(['Style'], project.dir);
      expect(outcome.ok).toBe(false);
      expect(outcome.lines).toEqual(['✗ Style.Rule: 1 invalid, 1 valid example', '  invalid example not flagged: "no match here"', '  valid example flagged: "a foo": x']);
    } finally {
      project.remove();
    }
  });
});
