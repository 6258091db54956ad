import type { LintMessage, LintResults, RuleDescription, RuleSetting } from '../model/types.js';
import { KBLINT_REPOSITORY } from '../model/version.js';

/** The OASIS SARIF 2.1.0 schema (Approved Errata 01), as its own `id` names it. */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** `tool.driver.informationUri`: the project's home. */
export const KBLINT_INFORMATION_URI = KBLINT_REPOSITORY;

export interface SarifOptions {
  /** kblint's own version, `tool.driver.version`. */
  toolVersion: string;
  /** `tool.driver.informationUri`; defaults to KBLINT_INFORMATION_URI. */
  informationUri?: string;
}

type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      informationUri: string;
      version: string;
      rules: SarifRule[];
    };
  };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
    };
  }>;
}

const LEVEL: Record<RuleSetting, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

/**
 * A SARIF 2.1.0 log with one run. Rules come from `results.rules`; a message
 * whose rule is not among them still becomes a result, just without
 * `ruleIndex`. Artifact URIs are `FileResult.filePath` as a relative URI
 * reference against `%SRCROOT%` (which GitHub code scanning resolves to the
 * checkout). Columns are UTF-16 code units, as unist positions count them.
 */
export function formatSarif(results: LintResults, options: SarifOptions): string {
  const rules = results.rules.map(toSarifRule);
  const ruleIndex = new Map<string, number>();
  results.rules.forEach((rule, index) => {
    if (!ruleIndex.has(rule.id)) ruleIndex.set(rule.id, index);
  });

  const sarifResults: SarifResult[] = [];
  for (const file of results.files) {
    const uri = toUriReference(file.filePath);
    for (const message of file.messages) sarifResults.push(toSarifResult(message, uri, ruleIndex.get(message.ruleId)));
  }

  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kblint',
            informationUri: options.informationUri ?? KBLINT_INFORMATION_URI,
            version: options.toolVersion,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toSarifRule(rule: RuleDescription): SarifRule {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.url === '' ? {} : { helpUri: rule.url }),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

type SarifRegion = NonNullable<SarifResult['locations'][number]['physicalLocation']['region']>;

function toSarifResult(message: LintMessage, uri: string, index: number | undefined): SarifResult {
  let text = message.message;
  if (message.suggestion !== undefined && message.suggestion !== '') text += ` — ${message.suggestion}`;
  const region = toRegion(message);
  return {
    ruleId: message.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[message.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          ...(region === undefined ? {} : { region }),
        },
      },
    ],
  };
}

/** SARIF positions are 1-based; anything else is dropped rather than producing an invalid log. */
function toRegion(message: LintMessage): SarifRegion | undefined {
  const valid = (n: number): boolean => Number.isInteger(n) && n >= 1;
  if (!valid(message.line)) return undefined;
  const region: SarifRegion = { startLine: message.line };
  if (valid(message.column)) region.startColumn = message.column;
  if (valid(message.endLine) && message.endLine >= message.line) {
    region.endLine = message.endLine;
    if (valid(message.endColumn)) region.endColumn = message.endColumn;
  }
  return region;
}

/**
 * A file path as a relative URI reference: forward slashes, each segment
 * percent-encoded except for RFC 3986 unreserved characters and the sub-delims
 * and `@` allowed in a path. `:` is always encoded, so a first segment such as
 * `c:` can never be read as a URI scheme.
 */
export function toUriReference(filePath: string): string {
  return filePath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) =>
      segment.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=@]/gu, (ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%EF%BF%BD'; // a lone surrogate: U+FFFD
        }
      }),
    )
    .join('/');
}
