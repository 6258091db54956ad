import path from 'node:path';
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
  /**
   * Where the working folder is inside the repository (`docs/`, or '' at its
   * root), so artifact URIs are relative to the repository root as code
   * scanning expects, whatever folder kblint ran in.
   */
  pathPrefix?: string;
  /** The repository root as an absolute `file:` URI ending in `/`: `originalUriBaseIds.%SRCROOT%`. */
  rootUri?: string;
  /** At most this many results (default GitHub's 25,000 per run); the rest are counted in a notification. */
  maxResults?: number;
}

/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

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
  originalUriBaseIds?: Record<string, { uri: string }>;
  invocations: Array<{
    executionSuccessful: boolean;
    toolExecutionNotifications?: SarifNotification[];
  }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifNotification {
  level: SarifLevel;
  message: { text: string };
  descriptor: { id: string };
  locations?: Array<{ physicalLocation: { artifactLocation: SarifLocation } }>;
}

/** Files that could not be (fully) linted, each also a notification; past this many, one more says how many were left out. */
export const SARIF_MAX_FATAL_NOTIFICATIONS = 100;

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  partialFingerprints?: Record<string, string>;
  suppressions?: Array<{ kind: 'external'; justification: string }>;
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: '%SRCROOT%' };
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

/** The key of kblint's fingerprint in `partialFingerprints` (versioned, as GitHub's own are). */
export const FINGERPRINT_KEY = 'kblintFingerprint/v1';

const SEVERITY_RANK: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2, none: 3 };

/**
 * A SARIF 2.1.0 log with one run, for GitHub code scanning among others.
 * Every rule of `results.rules` (core ids included) is described; results
 * carry kblint's fingerprint as a partial fingerprint; artifact URIs are
 * relative to the repository root (`%SRCROOT%`). Past `maxResults`, the most
 * severe findings are kept (then by file and position) and the rest are
 * counted in a notification. Suppressed findings (in the baseline) are
 * results with an external suppression, so code scanning shows them closed.
 */
export function formatSarif(results: LintResults, options: SarifOptions): string {
  const rules = results.rules.map(toSarifRule);
  const ruleIndex = new Map<string, number>();
  results.rules.forEach((rule, index) => {
    if (!ruleIndex.has(rule.id)) ruleIndex.set(rule.id, index);
  });

  const all: SarifResult[] = [];
  // A file kblint could not read, parse or finish is a tool execution problem
  // as well as a result: code scanning shows it as such, and the run is not
  // "successful" (a crashed file never reads as clean).
  const fatal: SarifNotification[] = [];
  for (const file of results.files) {
    const location = toLocation(file.filePath, options.pathPrefix ?? '');
    for (const message of file.messages) {
      all.push(toSarifResult(message, location, ruleIndex.get(message.ruleId)));
      if (message.fatal) fatal.push({ level: 'error', message: { text: message.message }, descriptor: { id: message.ruleId }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const message of file.suppressed ?? []) {
      all.push({ ...toSarifResult(message, location, ruleIndex.get(message.ruleId)), suppressions: [{ kind: 'external', justification: 'In the kblint baseline' }] });
    }
  }
  const max = options.maxResults ?? SARIF_MAX_RESULTS;
  const kept = keepMostSevere(all, max);
  const left = all.length - kept.length;

  const run: SarifRun = {
    tool: {
      driver: {
        name: 'kblint',
        informationUri: options.informationUri ?? KBLINT_INFORMATION_URI,
        version: options.toolVersion,
        rules,
      },
    },
    ...(options.rootUri === undefined ? {} : { originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri } } }),
    invocations: [
      {
        executionSuccessful: fatal.length === 0,
        ...notificationsOf(fatal, left === 0 ? null : { level: 'warning', message: { text: truncationNotice(left, all.length, max) }, descriptor: { id: 'sarif-truncated' } }),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: kept,
  };
  const log: SarifLog = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** How many results a SARIF log of `results` would leave out (for the CLI's warning). */
export function sarifOverflow(results: LintResults, maxResults = SARIF_MAX_RESULTS): number {
  const total = results.files.reduce((n, file) => n + file.messages.length + (file.suppressed?.length ?? 0), 0);
  return Math.max(0, total - maxResults);
}

export function truncationNotice(left: number, total: number, max: number): string {
  return `${left} of ${total} results were left out: GitHub code scanning takes at most ${max} per run. The most severe were kept; the JSON or markdown report lists every finding.`;
}

/** The `max` most severe results (stable: errors first, then file order), in their original order. */
function keepMostSevere(all: SarifResult[], max: number): SarifResult[] {
  if (all.length <= max) return all;
  const order = all.map((result, index) => ({ result, index, rank: (result.suppressions ? 4 : 0) + SEVERITY_RANK[result.level] }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const keep = new Set(order.slice(0, max).map((entry) => entry.index));
  return all.filter((_, index) => keep.has(index));
}

function toSarifRule(rule: RuleDescription): SarifRule {
  const docs = rule.url === '' ? '' : `\n\nDocumentation: ${rule.url}`;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}${docs}`,
      markdown: rule.url === '' ? `**${rule.id}**: ${rule.description}` : `**${rule.id}**: ${rule.description}\n\n[What it flags, why, and how to fix it](${rule.url})`,
    },
    ...(rule.url === '' ? {} : { helpUri: rule.url }),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

type SarifLocation = SarifResult['locations'][number]['physicalLocation']['artifactLocation'];

/** Relative to the repository root when the file is inside it; else an absolute-looking relative path is kept as is. */
function notificationsOf(fatal: SarifNotification[], truncated: SarifNotification | null): { toolExecutionNotifications?: SarifNotification[] } {
  const list = fatal.slice(0, SARIF_MAX_FATAL_NOTIFICATIONS);
  if (fatal.length > list.length) {
    const more = fatal.length - list.length;
    list.push({ level: 'error', message: { text: `${more} more file${more === 1 ? '' : 's'} could not be linted; each is also a result.` }, descriptor: { id: 'read-error' } });
  }
  if (truncated) list.push(truncated);
  return list.length === 0 ? {} : { toolExecutionNotifications: list };
}

function toLocation(filePath: string, prefix: string): SarifLocation {
  const joined = path.posix.normalize(`${prefix}${filePath.replace(/\\/g, '/')}`);
  if (joined.startsWith('../') || joined === '..') return { uri: toUriReference(filePath), uriBaseId: '%SRCROOT%' };
  return { uri: toUriReference(joined), uriBaseId: '%SRCROOT%' };
}

type SarifRegion = NonNullable<SarifResult['locations'][number]['physicalLocation']['region']>;

function toSarifResult(message: LintMessage, location: SarifLocation, index: number | undefined): SarifResult {
  let text = message.message;
  if (message.suggestion !== undefined && message.suggestion !== '') text += ` — ${message.suggestion}`;
  const region = toRegion(message);
  return {
    ruleId: message.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[message.severity],
    message: { text },
    ...(message.fingerprint === undefined ? {} : { partialFingerprints: { [FINGERPRINT_KEY]: message.fingerprint } }),
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
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
