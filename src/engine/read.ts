// Reading a file as UTF-8 text, with a clear reason when that is not possible.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** Larger files are not articles; reading them would only slow the run. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Opened without blocking (a FIFO named `x.md` must not hang the run) and
 * checked before anything is read: a regular file, within the size cap.
 * Read with synchronous calls: a file job runs in a worker of its own, and
 * four awaited file-handle calls per file cost more CPU than the read.
 */
export async function readTextFile(absolutePath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) return { ok: false, reason: 'cannot read the file: it is a directory' };
      if (!stats.isFile()) return { ok: false, reason: 'it is not a regular file (a named pipe, socket or device)' };
      if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(stats.size) };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'ENOENT'
            ? 'the file no longer exists'
            : (error as Error).message;
    return { ok: false, reason: `cannot read the file: ${reason}` };
  }
  return decodeText(bytes);
}

// One decoder for every file: `fatal` makes a bad byte throw, and decode() without `stream` keeps no state between calls.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'the file is UTF-16 encoded; save it as UTF-8' };
  }
  const share = controlShare(bytes.subarray(0, BINARY_SAMPLE_BYTES));
  if (share >= BINARY_CONTROL_SHARE && share * Math.min(bytes.length, BINARY_SAMPLE_BYTES) >= 2) {
    return { ok: false, reason: `the file looks binary (${Math.round(share * 100)}% control bytes in its first 8 KiB), not a text article` };
  }
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
}

function tooLarge(size: number): string {
  return `the file is ${(size / 1048576).toFixed(1)} MiB, over the 20 MiB limit for an article`;
}

/** How much of a file's start a binary test looks at. */
export const BINARY_SAMPLE_BYTES = 8192;
/**
 * A text article may hold a stray NUL or escape anywhere (reported where it
 * is, see `nulFinding`); a binary file (an image, an archive) has many.
 */
export const BINARY_CONTROL_SHARE = 0.1;

/** Share of bytes that no text uses: C0 controls other than tab, line breaks, form feed and escape. */
export function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let count = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) count++;
  }
  return count / sample.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that is definitely invalid; in
  // streaming mode an unfinished sequence at the end is not yet an error.
  const fails = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (!fails(high)) return bytes.length; // only the ending is cut short
  while (low < high) {
    const mid = (low + high) >> 1;
    if (fails(mid)) high = mid;
    else low = mid + 1;
  }
  return startOfBadSequence(bytes, low - 1);
}

/** The failing byte may end a sequence its lead byte left unfinished: point at the lead. */
function startOfBadSequence(bytes: Uint8Array, failing: number): number {
  for (let k = failing - 1; k >= Math.max(0, failing - 3); k--) {
    const byte = bytes[k]!;
    if (byte < 0x80) return failing;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
      return failing - k - 1 < needed ? k : failing;
    }
  }
  return failing;
}
