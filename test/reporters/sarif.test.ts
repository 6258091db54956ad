import { describe, expect, it } from 'vitest';
import { formatSarif, SARIF_SCHEMA_URI, toUriReference } from '../../src/reporters/sarif.js';
import { SARIF_SCHEMA as schema, validateSarif } from './sarif-schema.js';
import { AWKWARD_MESSAGE, makeCleanResults, makeResults } from './fixture.js';


type Loose = any;

function sarif(results = makeResults()): Loose {
  return JSON.parse(formatSarif(results, { toolVersion: '1.2.3' }));
}

describe('formatSarif', () => {
  it('validates against the OASIS SARIF 2.1.0 schema', () => {
    expect(validateSarif(sarif())).toEqual([]);
    expect(validateSarif(sarif(makeCleanResults(2)))).toEqual([]);
  });

  it('writes one run for the kblint driver', () => {
    const log = sarif();
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.$schema).toBe(schema['id']);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({
      name: 'kblint',
      informationUri: 'https://github.com/kblint/kblint',
      version: '1.2.3',
    });
    const custom = JSON.parse(
      formatSarif(makeResults(), { toolVersion: '1.2.3', informationUri: 'https://example.com/kblint' }),
    );
    expect(custom.runs[0].tool.driver.informationUri).toBe('https://example.com/kblint');
  });

  it('describes every rule, mapping severities to SARIF levels', () => {
    const rules = sarif().runs[0].tool.driver.rules;
    expect(rules.map((rule: Loose) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['stale-article', 'error'],
      ['no-passive', 'warning'],
      ['reading-level', 'note'],
      ['title-required', 'error'],
      ['broken-links', 'none'],
    ]);
    expect(rules[1]).toEqual({
      id: 'no-passive',
      shortDescription: { text: 'Prefer the active voice' },
      fullDescription: { text: 'Prefer the active voice' },
      help: {
        text: 'Prefer the active voice\n\nDocumentation: https://github.com/kblint/kblint/blob/main/rules/no-passive/README.md',
        markdown: '**no-passive**: Prefer the active voice\n\n[What it flags, why, and how to fix it](https://github.com/kblint/kblint/blob/main/rules/no-passive/README.md)',
      },
      helpUri: 'https://github.com/kblint/kblint/blob/main/rules/no-passive/README.md',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('writes one located result per message', () => {
    const log = sarif();
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(6);
    expect(results.map((result: Loose) => result.level)).toEqual(['error', 'warning', 'note', 'error', 'warning', 'warning']);
    for (const result of results) {
      if (result.ruleIndex !== undefined) expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    expect(results[1]).toEqual({
      ruleId: 'no-passive',
      ruleIndex: 1,
      level: 'warning',
      message: { text: '"was clicked" may be passive — Use the active voice: "you click"' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/getting-started.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 15, endLine: 12, endColumn: 26 },
          },
        },
      ],
    });
    expect(results[3].message.text).toBe(AWKWARD_MESSAGE);
    expect(results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('faq/a,b%3Ac%25.md');
  });

  it('uses the file on disk, not the article key, as the artifact', () => {
    const results = makeResults();
    results.files = [{ ...results.files[3]!, messages: [...results.files[2]!.messages] }];
    const log = sarif(results);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('exports/zendesk.json');
  });

  it('still reports a message whose rule is not described, without ruleIndex', () => {
    const result = sarif().runs[0].results[4];
    expect(result.ruleId).toBe('not-a-known-rule');
    expect(result).not.toHaveProperty('ruleIndex');
    expect(Object.keys(result)).toEqual(['ruleId', 'level', 'message', 'locations']);
  });

  it('drops positions that SARIF cannot hold rather than writing an invalid log', () => {
    const results = makeResults();
    Object.assign(results.files[0]!.messages[0]!, { line: 0, column: 0, endLine: 0, endColumn: 0 });
    Object.assign(results.files[0]!.messages[1]!, { line: 4, column: 0, endLine: 3, endColumn: 2 });
    const log = sarif(results);
    expect(log.runs[0].results[0].locations[0].physicalLocation).not.toHaveProperty('region');
    expect(log.runs[0].results[1].locations[0].physicalLocation.region).toEqual({ startLine: 4 });
    expect(validateSarif(log)).toEqual([]);
  });

  it('ends with a newline and uses a 2-space indent', () => {
    const out = formatSarif(makeResults(), { toolVersion: '1.2.3' });
    expect(out.startsWith('{\n  "$schema": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });
});

describe('schema validation catches broken logs', () => {
  const cases: Array<[string, (log: Loose) => void, RegExp]> = [
    ['a wrong version', (log) => (log.version = '2.0.0'), /^\/version: must be equal to one of the allowed values/m],
    ['no runs', (log) => delete log.runs, /must have required property 'runs'/],
    ['an unknown level', (log) => (log.runs[0].results[0].level = 'fatal'), /\/runs\/0\/results\/0\/level: must be equal/],
    [
      'a 0 start line',
      (log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0),
      /region\/startLine: must be >= 1/,
    ],
    ['an unknown property', (log) => (log.runs[0].tool.driver.colour = 'red'), /driver: must NOT have additional properties/],
    ['a message without text', (log) => (log.runs[0].results[0].message = {}), /results\/0\/message: must match a schema in anyOf/],
    [
      'a URI with a space',
      (log) => (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b.md'),
      /must match format "uri-reference"/,
    ],
    ['a relative informationUri', (log) => (log.runs[0].tool.driver.informationUri = 'kblint'), /informationUri: must match format "uri"/],
    ['duplicate rules', (log) => log.runs[0].tool.driver.rules.push(log.runs[0].tool.driver.rules[0]), /must NOT have duplicate items/],
  ];

  it.each(cases)('rejects %s', (_name, breakIt, expected) => {
    const log = sarif();
    breakIt(log);
    const errors = validateSarif(log);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected);
  });
});

describe('toUriReference', () => {
  it('turns a relative path into a URI reference', () => {
    expect(toUriReference('docs/getting-started.md')).toBe('docs/getting-started.md');
    expect(toUriReference('./docs\\win\\a.md')).toBe('docs/win/a.md');
    expect(toUriReference('a,b:c%.md')).toBe('a,b%3Ac%25.md');
    expect(toUriReference('my docs/what?#1.md')).toBe('my%20docs/what%3F%231.md');
    expect(toUriReference('café/naïve.md')).toBe('caf%C3%A9/na%C3%AFve.md');
    expect(toUriReference("it's (v2)+[draft].md")).toBe("it's%20(v2)+%5Bdraft%5D.md");
  });
});

describe('files that could not be linted', () => {
  const withFatal = (count: number) => {
    const results = makeCleanResults(1);
    for (let i = 0; i < count; i++) {
      results.files.push({
        path: `docs/broken-${i}.md`,
        filePath: `docs/broken-${i}.md`,
        metadata: { title: null, published: null, updated: null, views: null, category: null },
        messages: [{ ruleId: 'read-error', severity: 'error', fatal: true, message: `Cannot lint broken-${i}.md: not UTF-8.`, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      });
    }
    return results;
  };

  it('are tool execution notifications at their file, and the run is not successful', () => {
    const log = sarif(withFatal(1));
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Cannot lint broken-0.md: not UTF-8.' },
        descriptor: { id: 'read-error' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/broken-0.md', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    expect(log.runs[0].results.filter((r: Loose) => r.ruleId === 'read-error')).toHaveLength(1);
    expect(validateSarif(log)).toEqual([]);
  });

  it('are capped, with one more notification counting the rest; a clean run has none', () => {
    const notes = sarif(withFatal(105)).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(101);
    expect(notes[100].message.text).toBe('5 more files could not be linted; each is also a result.');
    const clean = sarif(makeCleanResults(2)).runs[0].invocations[0];
    expect(clean).toEqual({ executionSuccessful: true });
  });
});
