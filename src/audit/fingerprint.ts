// A finding's identity across audits: the rule, the article and the message
// with the numbers that change by themselves (day counts, ages) taken out, so
// "150 days ago" and "240 days ago" are the same stale finding a quarter later.
// The line is left out on purpose: an edit above a finding must not make it new.
// (Kept small and local until the engine's fingerprint is shared.)
import { createHash } from 'node:crypto';

export function normaliseMessage(message: string): string {
  return message
    .replace(/\b\d+(?:\.\d+)? (days?|weeks?|months?|years?)\b/gi, 'N $1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function findingFingerprint(ruleId: string, article: string, message: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${article}\u0000${normaliseMessage(message)}`).digest('hex').slice(0, 32);
}
