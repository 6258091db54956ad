// A finding's message and fingerprint do not depend on the folder kblint runs
// from: a baseline written at the project root keeps every finding known from
// a subfolder, and SARIF and GitLab code quality carry the same fingerprints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKblint as kblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const head = (title: string, updated: string) => `---\ntitle: ${title}\npublished: 2026-01-05\nupdated: ${updated}\n---\n\n# ${title}\n\n`;

function helpCenter(): TmpProject {
  return tmpProject({
    'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { external: false } }),
    // broken-link (a file and an anchor, in another folder), translation-outdated (names its source), read-error (names the file).
    'docs/en-us/guides/setup.md': `${head('Setup', '2026-05-01')}See [fees](../billing/fees.md), [refunds](../billing/refunds.md#no-such-part) and [the basics](basics.md).\n`,
    'docs/en-us/billing/refunds.md': `${head('Refunds', '2026-05-01')}## Refund rules\n\nText.\n`,
    'docs/en-us/guides/basics.md': `${head('Basics', '2026-05-20')}Text.\n`,
    'docs/fr/guides/basics.md': `${head('Bases', '2026-02-01')}Texte.\n`,
    'docs/en-us/guides/blob.md': Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 65))),
  });
}

type Report = { summary: { suppressed?: number; errors: number }; files: Array<{ path: string; messages: Array<{ ruleId: string; message: string; fingerprint: string }> }> };

describe('fingerprints from any folder', { timeout: 120_000 }, () => {
  it('a baseline written at the root keeps every finding known in a subfolder, with the same messages', async () => {
    project = helpCenter();
    const { dir } = project;
    expect((await kblint(['baseline', 'docs'], { cwd: dir })).code).toBe(0);
    const fromRoot = JSON.parse((await kblint(['docs', '--no-baseline', '-f', 'json'], { cwd: dir })).stdout) as Report;
    const rules = new Set(fromRoot.files.flatMap((f) => f.messages.map((m) => m.ruleId)));
    for (const rule of ['broken-link', 'translation-outdated', 'read-error']) expect(rules).toContain(rule);

    const sub = path.join(dir, 'docs');
    const run = await kblint(['.', '-f', 'json'], { cwd: sub });
    const fromSub = JSON.parse(run.stdout) as Report;
    expect(fromSub.files.flatMap((f) => f.messages)).toEqual([]);
    expect(fromSub.summary.suppressed).toBe(countIn(fromRoot, 'docs/'));
    expect(run.code).toBe(0);

    const unfiltered = JSON.parse((await kblint(['.', '--no-baseline', '-f', 'json'], { cwd: sub })).stdout) as Report;
    const byFile = (report: Report, prefix: string) =>
      report.files.filter((f) => f.path.startsWith(prefix)).flatMap((f) => f.messages.map((m) => [f.path.slice(prefix.length), m.ruleId, m.message, m.fingerprint]));
    expect(byFile(unfiltered, '')).toEqual(byFile(fromRoot, 'docs/'));
  });

  it('SARIF and code quality carry the same fingerprints from the root and from a subfolder', async () => {
    project = helpCenter();
    const { dir } = project;
    const reports = async (cwd: string, target: string) => {
      await kblint([target, '-f', `sarif:${path.join(dir, 'out.sarif')}`, '-f', `codequality:${path.join(dir, 'out.cq.json')}`], { cwd });
      const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; message: { text: string } }> }> };
      const quality = JSON.parse(readFileSync(path.join(dir, 'out.cq.json'), 'utf8')) as Array<{ fingerprint: string; description: string }>;
      return {
        sarif: sarif.runs[0]!.results.map((r) => [Object.values(r.partialFingerprints)[0], r.message.text]).sort(),
        quality: quality.map((q) => [q.fingerprint, q.description]).sort(),
      };
    };
    const fromRoot = await reports(dir, 'docs');
    const fromSub = await reports(path.join(dir, 'docs'), '.');
    expect(fromRoot.sarif.length).toBeGreaterThan(3);
    expect(fromSub).toEqual(fromRoot);
  });
});

function countIn(report: Report, prefix: string): number {
  return report.files.filter((f) => f.path.startsWith(prefix)).flatMap((f) => f.messages).length;
}
