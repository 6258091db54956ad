// `kblint codes` through the built binary (npm test builds first).
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

const kblint = (args: string[], cwd?: string) => runKblint(args, { cwd });

let project: TmpProject | undefined;
afterEach(() => project?.remove());

describe('kblint codes', () => {
  it('lists the sample help center coverage as text and exits 0', async () => {
    const { code, stdout } = await kblint(['codes', 'fixtures/help-center']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Error-code coverage of error-codes\.yaml \(\d+ codes\) in \d+ articles$/m);
    expect(stdout).toMatch(/^ {2}50110 {2}Your IP address is not on the allow list for this API key\n\s+explained in: .*fixtures\/help-center\/api\/bind-third-party-software\.md:\d+/m);
    expect(stdout).toMatch(/^Mentioned without context only \(\d+\)$[\s\S]*^ {2}50120 {2}.*\n\s+without context: fixtures\/help-center\/api\/api-key-frozen\.md:10 \(says neither/m);
    expect(stdout).toMatch(/^In no article \(\d+\)$[\s\S]*^ {2}60030 /m);
    expect(stdout).toMatch(/^Not in the catalog \(\d+\)\n {2}59001 {2}fixtures\/help-center\/api\/service-busy\.md:14$/m);
  });

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await kblint(['codes', 'fixtures/help-center', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { catalog: string; codes: { code: string; status: string }[]; unlisted: { code: string }[] };
    expect(report.catalog).toBe('error-codes.yaml');
    expect(report.codes.find((c) => c.code === '50120')?.status).toBe('mentioned');
    expect(report.codes.find((c) => c.code === '60030')?.status).toBe('none');
    expect(report.codes.find((c) => c.code === '50110')?.status).toBe('explained');
    expect(report.unlisted.map((c) => c.code)).toEqual(['59001']);
  });

  it('exits 2 naming the catalog file and the entry when the catalog is malformed', async () => {
    project = tmpProject({
      'kblint.config.json': JSON.stringify({ errorCodes: { catalog: 'errors.csv' } }),
      'errors.csv': 'code,message\n50110,IP not allowed\n50111,\n',
      'a.md': '# A\n\nError 50110 means the IP is missing.\n',
    });
    for (const args of [['codes', '.'], ['.']]) {
      const { code, stderr, stdout } = await kblint(args, project.dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kblint: error-code catalog errors\.csv: line 3 \("50111"\): message: required$/m);
    }
  });

  it('exits 2 on a usage error', async () => {
    const { code, stderr } = await kblint(['codes', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid values|Choices/);
  });

  it('lints the sample help center with both rules', async () => {
    const { stdout } = await kblint(['fixtures/help-center/api', '--format', 'json']);
    const results = JSON.parse(stdout) as { files: { path: string; messages: { ruleId: string; line: number; suggestion?: string }[] }[] };
    const frozen = results.files.find((f) => f.path.endsWith('api-key-frozen.md'))!.messages.find((m) => m.ruleId === 'error-code-context')!;
    expect(frozen.line).toBe(10);
    expect(frozen.suggestion).toContain('The API key has been frozen after repeated failed logins');
    const busy = results.files.find((f) => f.path.endsWith('service-busy.md'))!.messages.filter((m) => m.ruleId === 'unknown-error-code');
    expect(busy.map((m) => m.line)).toEqual([10, 14]);
  });
});
