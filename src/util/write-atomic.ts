// Writing a file so that a reader (or a crash) sees the old content or the
// new, never half: a temporary file in the same folder, then a rename. What
// is not a regular file (`--output /dev/null`, a FIFO, a terminal) is written
// in place: renaming over it would replace the device with a file. A symbolic
// link is followed, so the link stays and the file it names is replaced.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

// Temporary files being written. A signal that ends the process mid-write
// (SIGINT, SIGTERM, SIGHUP) would leave them behind, so while any is pending
// a handler removes them and then lets the signal end the process as it
// would have (the listeners are gone again as soon as no write is pending).
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  process.kill(process.pid, signal);
}

function track(file: string): void {
  if (pending.size === 0) for (const name of SIGNALS) process.on(name, onSignal);
  pending.add(file);
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0) for (const name of SIGNALS) process.removeListener(name, onSignal);
}

export interface AtomicWriteHooks {
  /** Writes the content to the open temporary file; tests swap it to simulate a crash mid-write. */
  write?: (handle: FileHandle, content: string) => Promise<void>;
  /** The new file's permissions (e.g. the replaced file's), else the default. */
  mode?: number;
}

/**
 * The one atomic writer: reports, the link and results caches, baselines,
 * review state and the audit all use it. `content` may be chunks, written in
 * turn, so a large file need not be one buffer in memory (the results cache).
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<Uint8Array>, hooks: AtomicWriteHooks = {}): Promise<void> {
  const existing = await stat(target).catch(() => null);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const device = await open(target, 'w');
    try {
      await writeContent(device, content, hooks);
    } finally {
      await device.close();
    }
    return;
  }
  if (existing) target = await realpath(target);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  track(temporary);
  try {
    try {
      await writeContent(handle, content, hooks);
      if (hooks.mode !== undefined) await handle.chmod(hooks.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}

async function writeContent(handle: FileHandle, content: string | Uint8Array | Iterable<Uint8Array>, hooks: AtomicWriteHooks): Promise<void> {
  if (typeof content !== 'string' && !(content instanceof Uint8Array)) {
    // Gathered into writes of about a MiB: one write per small chunk would cost a system call each.
    let pending: Uint8Array[] = [];
    let size = 0;
    for (const chunk of content) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.write(Buffer.concat(pending));
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) await handle.write(Buffer.concat(pending));
  } else if (hooks.write) await hooks.write(handle, typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
  else await handle.writeFile(content);
}
