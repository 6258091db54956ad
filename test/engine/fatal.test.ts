import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { finishArticle } from '../../src/engine/check.js';
import { readDirectives } from '../../src/engine/inline-config.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { runKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject;
afterEach(() => project?.remove());

const CLEAN = '---\ntitle: Fine\nupdated: 2026-05-01\n---\n# Fine\n\nShort and clear.\n';
const BINARY = Buffer.concat([Buffer.from('# x'), Buffer.alloc(64, 0), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])]);

describe('fatal files are counted apart', () => {
  it('json: fatalErrors per file and in the summary, and each fatal message marked', async () => {
    project = tmpProject({ 'fine.md': CLEAN, 'broken.md': BINARY, 'kblint.config.json': '{"now": "2026-06-01"}' });
    const out = await runKblint(['--offline', '-f', 'json', '.'], { cwd: project.dir });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.summary).toMatchObject({ files: 2, errors: 1, fatalErrors: 1 });
    const broken = report.files.find((f: { path: string }) => f.path === 'broken.md');
    expect(broken).toMatchObject({ fatalErrors: 1, messages: [{ ruleId: 'read-error', fatal: true }] });
    expect(report.files.find((f: { path: string }) => f.path === 'fine.md')).toMatchObject({ fatalErrors: 0, messages: [] });
    expect(out.stderr).toContain('kblint: 1 file could not be linted');
  });

  it('text: the summary says how many files could not be linted', async () => {
    project = tmpProject({ 'fine.md': CLEAN, 'a.md': BINARY, 'b.md': BINARY, 'kblint.config.json': '{"now": "2026-06-01"}' });
    const out = await runKblint(['--offline', '.'], { cwd: project.dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)\n✖ 2 files could not be linted/);
  });

  it('a crashed rule cannot be hidden by a kblint-disable comment, so the file never reads as clean', async () => {
    const config = await loadConfig({ cwd: '/', searchFrom: '/nonexistent-kblint', configPath: undefined });
    const article = markdownArticle({ path: 'a.md', absolutePath: '/a.md', text: '<!-- kblint-disable -->\n# A\n' }, config);
    const crash = { ruleId: 'rule-error', severity: 'error' as const, message: 'Rule "x" failed', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true as const };
    const plain = { ...crash, ruleId: 'stale-article', message: 'Old' };
    delete (plain as { fatal?: true }).fatal;
    const outcome = {
      summary: { path: article.path, absolutePath: article.absolutePath, kind: article.kind, key: article.key, metadata: article.metadata, frontmatterError: null, start: { line: 1, column: 1 } },
      messages: [],
      directives: readDirectives(article.tree),
      facts: {},
    };
    const result = finishArticle(outcome, [crash, plain], undefined, () => true);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['rule-error']);
  });
});
