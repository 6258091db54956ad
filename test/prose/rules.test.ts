// The prose rules through the whole lint path: metrics in the results, one
// parse per article, English only, config validation.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ConfigError } from '../../src/config/load.js';
import { proseParseCount } from '../../src/prose/extract.js';
import { tmpProject } from '../support/tmp-project.js';

const METRICS = [
  'words',
  'sentences',
  'syllables',
  'wordsPerSentence',
  'fleschReadingEase',
  'fleschKincaidGrade',
  'gunningFog',
  'smog',
  'colemanLiau',
  'automatedReadabilityIndex',
];

const hard =
  '# Custody terms\n\nNotwithstanding any provision of these terms to the contrary, the company reserves the right to suspend, restrict or terminate access to the services where continued provision would contravene applicable legislation.\n';
const easy = '# Change your password\n\nOpen the app and sign in. Tap Security. Tap Change password. Type the new one twice. Tap Save.\n';

describe('readability through lint()', () => {
  it('puts every metric in files[].metrics and flags the hard article only', async () => {
    const project = tmpProject({ 'kblint.config.json': '{"now": "2026-06-01"}', 'hard.md': hard, 'easy.md': easy });
    try {
      const results = await lint({ patterns: ['.'], cwd: project.dir, flags: { offline: true } });
      for (const file of results.files) {
        expect(Object.keys(file.metrics ?? {}).sort(), file.path).toEqual(expect.arrayContaining(METRICS));
        for (const name of METRICS) expect(Number.isFinite(file.metrics![name]), `${file.path} ${name}`).toBe(true);
      }
      const byPath = Object.fromEntries(results.files.map((f) => [f.path, f]));
      expect(byPath['easy.md']!.messages.filter((m) => m.ruleId === 'readability')).toEqual([]);
      expect(byPath['easy.md']!.metrics).toMatchObject({ sentences: 6, words: 21 });
      const findings = byPath['hard.md']!.messages.filter((m) => m.ruleId === 'readability');
      expect(findings.map((m) => m.line)).toEqual([1, 3]);
      expect(findings[0]!.message).toMatch(/Flesch–Kincaid grade \d+\.\d, above the target grade 10 set by readability\.maxGrade/);
      expect(findings[1]!.message).toMatch(/of 7 readability formulas put this sentence \(30 words counted\) above reading age 16 \(automated readability \d+, Coleman–Liau \d+/);
      expect(findings.every((m) => m.severity === 'warning')).toBe(true);
    } finally {
      project.remove();
    }
  });

  it('parses each article once, however many prose rules run', async () => {
    const config = {
      now: '2026-06-01',
      rules: { readability: 'warning', 'plain-language': 'warning', 'passive-voice': 'warning', 'inclusive-language': 'warning' },
    };
    const project = tmpProject({ 'kblint.config.json': JSON.stringify(config), 'a.md': hard, 'b.md': easy, 'c.md': easy + '\nMore text.\n' });
    try {
      const before = proseParseCount();
      // In this thread (jobs 0), where the count can be read.
      await lint({ patterns: ['.'], cwd: project.dir, flags: { offline: true }, jobs: 0 });
      expect(proseParseCount() - before).toBe(3);
    } finally {
      project.remove();
    }
  });

  it('skips articles in other languages', async () => {
    const german = `---\nlocale: de\n---\n${hard}`;
    const project = tmpProject({ 'kblint.config.json': '{"now": "2026-06-01"}', 'de.md': german });
    try {
      const results = await lint({ patterns: ['.'], cwd: project.dir, flags: { offline: true } });
      expect(results.files[0]!.messages.filter((m) => m.ruleId === 'readability')).toEqual([]);
      expect(results.files[0]!.metrics?.words).toBeUndefined();
    } finally {
      project.remove();
    }
  });

  it('rejects a threshold that is not a share of the formulas', async () => {
    const project = tmpProject({ 'kblint.config.json': '{"readability": {"threshold": 5}}', 'a.md': easy });
    try {
      await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(ConfigError);
      await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/threshold/);
    } finally {
      project.remove();
    }
  });
});
