// What an external check finds, and how its causes read in messages. Kept apart
// from the HTTP client so that rules (and offline runs) never load it.
import { STATUS_CODES } from 'node:http';

export type CheckResult =
  /** Reachable. `permanent`: the link itself is permanently redirected (301/308) to `to`. */
  | { kind: 'ok'; status: number; finalUrl: string; permanent?: { status: number; to: string } }
  /** Definitely or currently broken; `reason` says why ("404 Not Found", "timed out after 10 s"). */
  | { kind: 'dead'; reason: string; status?: number }
  /** Rate-limited longer than kblint waits: a warning, not dead. */
  | { kind: 'rate-limited'; reason: string }
  /** Not fetched on purpose (a private address), or not in time (`links.deadlineMs`); `suggestion` overrides the rule's. */
  | { kind: 'skipped'; reason: string; suggestion?: string };

export function describeStatus(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : `HTTP ${status}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
