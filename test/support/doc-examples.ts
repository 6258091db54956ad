// Rule docs carry examples as fenced blocks that the suite runs:
// ```markdown kblint-invalid   must produce a finding of the folder's rules
// ```markdown kblint-valid     must produce none
// ```json kblint-config        config for the examples in that README
// ```yaml kblint-catalog       written as catalog.yaml next to them (for errorCodes.catalog)
// Examples are judged as of 2026-06-01 unless the config says otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintText, type UserConfig } from '../../src/index.js';

const EXTENSIONS: Record<string, string> = { markdown: 'md', md: 'md', html: 'html', text: 'txt', txt: 'txt', json: 'json' };
const FENCE = /^(`{3,}|~{3,})(\w+)\s+kblint-(invalid|valid|config|catalog)\s*$([\s\S]*?)^\1\s*$/gm;

export interface ExampleOutcome {
  source: string;
  findings: string[];
}

export async function runDocExamples(readme: string, ruleIds: Set<string>) {
  let config: Record<string, unknown> = {};
  let catalog: string | undefined;
  const examples: { kind: 'invalid' | 'valid'; language: string; source: string }[] = [];
  for (const match of readme.matchAll(FENCE)) {
    const [, , language, kind, body] = match;
    const source = body!.replace(/^\n/, '');
    if (kind === 'config') config = JSON.parse(source) as Record<string, unknown>;
    else if (kind === 'catalog') catalog = source;
    else examples.push({ kind: kind as 'invalid' | 'valid', language: language!, source });
  }
  const outcome = { invalid: [] as ExampleOutcome[], valid: [] as ExampleOutcome[] };
  for (const example of examples) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kblint-doc-'));
    try {
      const name = `example.${EXTENSIONS[example.language] ?? 'md'}`;
      // Through the public API, as a user's own tests would run it.
      if (catalog !== undefined) writeFileSync(path.join(dir, 'catalog.yaml'), catalog);
      const results = await lintText(example.source, { filePath: name, cwd: dir, config: { now: '2026-06-01', ...config } as UserConfig });
      const findings = results.files.flatMap((f) =>
        f.messages.filter((m) => ruleIds.has(m.ruleId)).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      outcome[example.kind].push({ source: example.source, findings });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return outcome;
}
