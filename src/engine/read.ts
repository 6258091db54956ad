// Reading a file as UTF-8 text, with a clear reason when that is not possible.
import { readFile } from 'node:fs/promises';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** Larger files are not articles; reading them would only slow the run. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readTextFile(absolutePath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
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

export function decodeText(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MiB, over the 20 MiB limit for an article` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'the file is UTF-16 encoded; save it as UTF-8' };
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `the file looks binary (a NUL byte at offset ${nul}), not a text article` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
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
