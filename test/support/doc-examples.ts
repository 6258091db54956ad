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
import { lintText, type UserConfig } from '../../src/index.js';
import { lint } from '../../src/engine/lint.js';
import { applyDefaults } from '../../src/config/schema.js';

async function lintChanged(text: string, before: string, name: string, dir: string, config: UserConfig) {
  return lint({
    patterns: [],
    texts: [{ path: name, text }],
    cwd: dir,
    config: applyDefaults(config, dir, null),
    flags: { offline: true, changedSince: { ref: 'main', previous: { [path.join(dir, name)]: before } } },
    jobs: 0,
  });
}

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
      // Through the public API, as a user's own tests would run it.
      if (catalog !== undefined) writeFileSync(path.join(dir, 'catalog.yaml'), catalog);
      const userConfig = { now: '2026-06-01', ...config } as UserConfig;
      // A `kblint-before` example is the article at the merge base: lint in changed-files mode (not part of lintText).
      const results =
        example.before === undefined
          ? await lintText(example.source, { filePath: name, cwd: dir, config: userConfig })
          : await lintChanged(example.source, example.before, name, dir, userConfig);
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
