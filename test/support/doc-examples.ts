// Rule docs carry examples as fenced blocks that the suite runs:
// ```markdown kblint-invalid   must produce a finding of the folder's rules
// ```markdown kblint-valid     must produce none
// ```json kblint-config        config for the examples in that README
// ```yaml kblint-catalog       written as catalog.yaml next to them (for errorCodes.catalog)
// ```markdown kblint-before    the next example's text at the merge base: it is linted in changed-files mode
// Examples are judged as of 2026-06-01 unless the config says otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';

const EXTENSIONS: Record<string, string> = { markdown: 'md', md: 'md', html: 'html', text: 'txt', txt: 'txt', json: 'json' };
const FENCE = /^(`{3,}|~{3,})(\w+)\s+kblint-(invalid|valid|config|catalog|before)\s*$([\s\S]*?)^\1\s*$/gm;

export interface ExampleOutcome {
  source: string;
  findings: string[];
}

export async function runDocExamples(readme: string, ruleIds: Set<string>) {
  let config: Record<string, unknown> = {};
  let catalog: string | undefined;
  const examples: { kind: 'invalid' | 'valid'; language: string; source: string; before?: string }[] = [];
  let before: string | undefined;
  for (const match of readme.matchAll(FENCE)) {
    const [, , language, kind, body] = match;
    const source = body!.replace(/^\n/, '');
    if (kind === 'config') config = JSON.parse(source) as Record<string, unknown>;
    else if (kind === 'catalog') catalog = source;
    else if (kind === 'before') before = source;
    else {
      examples.push({ kind: kind as 'invalid' | 'valid', language: language!, source, ...(before === undefined ? {} : { before }) });
      before = undefined;
    }
  }
  const outcome = { invalid: [] as ExampleOutcome[], valid: [] as ExampleOutcome[] };
  for (const example of examples) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kblint-doc-'));
    try {
      const name = `example.${EXTENSIONS[example.language] ?? 'md'}`;
      writeFileSync(path.join(dir, name), example.source);
      writeFileSync(path.join(dir, 'kblint.config.json'), JSON.stringify({ now: '2026-06-01', ...config }));
      if (catalog !== undefined) writeFileSync(path.join(dir, 'catalog.yaml'), catalog);
      const changedSince = example.before === undefined ? {} : { changedSince: { ref: 'main', previous: { [path.join(dir, name)]: example.before } } };
      const results = await lint({ patterns: [name], cwd: dir, flags: { offline: true, ...changedSince } });
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
