import type { RuleSetting, Severity } from './types.js';

const RANK: Record<RuleSetting, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The milder of two severities: a tier never raises the configured level. */
export function lowerSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

export function severityRank(s: RuleSetting): number {
  return RANK[s];
}
