// Writing a file so that a reader (or a crash) sees the old content or the
// new, never half: a temporary file in the same folder, then a rename.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteHooks {
  /** Writes the content to the open temporary file; tests swap it to simulate a crash mid-write. */
  write?: (handle: import('node:fs/promises').FileHandle, content: string) => Promise<void>;
  /** The new file's permissions (e.g. the replaced file's), else the default. */
  mode?: number;
}

export async function writeFileAtomic(target: string, content: string, hooks: AtomicWriteHooks = {}): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    try {
      await (hooks.write ?? ((h, text) => h.writeFile(text, 'utf8')))(handle, content);
      if (hooks.mode !== undefined) await handle.chmod(hooks.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
