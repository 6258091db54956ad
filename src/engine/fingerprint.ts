// A finding's fingerprint: the same finding keeps it across line shifts,
// edits elsewhere in the file and the passing of days, so a baseline and code
// scanning can tell a known finding from a new one.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FileResult, LintMessage } from '../model/types.js';
import { toPosix } from '../config/policies.js';

/** Text that changes while the finding stays the same: "400 days ago" is "401 days ago" tomorrow. */
const RELATIVE_NUMBERS: Array<[RegExp, string]> = [
  [/\b\d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)(s?) ago\b/gu, 'N $1s ago'],
  [/\b(in|for|within) \d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)s?\b/gu, '$1 N $2s'],
  [/\b\d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)s? (old|overdue|late|left)\b/gu, 'N $1s $2'],
];

/** The finding's own words, without what drifts from day to day. */
export function normalizeMessage(message: string): string {
  let text = message;
  for (const [pattern, replacement] of RELATIVE_NUMBERS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The article's name relative to the project folder (the config's folder), so
 * the fingerprint does not depend on the folder kblint was started from.
 * `path#key` keeps listing and export entries apart.
 */
export function projectName(file: Pick<FileResult, 'path' | 'filePath'>, cwd: string, baseDir: string): string {
  const key = file.path.startsWith(`${file.filePath}#`) ? file.path.slice(file.filePath.length) : '';
  return toPosix(path.relative(baseDir, path.resolve(cwd, file.filePath))) + key;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/**
 * Fingerprints for one file's messages, in their order: a hash of the rule,
 * the article and the normalised message, plus which occurrence of that same
 * finding in the article it is (two identical findings stay two).
 */
export function fingerprintMessages(name: string, messages: readonly LintMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const base = digest(message.ruleId, name, normalizeMessage(message.message));
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return digest(base, String(occurrence)).slice(0, 32);
  });
}

/** Every message of every file with its fingerprint set. */
export function addFingerprints(files: FileResult[], cwd: string, baseDir: string): FileResult[] {
  return files.map((file) => {
    const prints = fingerprintMessages(projectName(file, cwd, baseDir), file.messages);
    return { ...file, messages: file.messages.map((message, index) => ({ ...message, fingerprint: prints[index]! })) };
  });
}
