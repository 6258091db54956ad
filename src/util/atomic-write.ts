// Writing a file so a reader (or a crash, or Ctrl-C) only ever sees the old
// contents or the new ones: write a temp file in the same folder (so the
// rename stays on one file system), flush it, then rename it over the target.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The temp file `writeFileAtomic` uses for `target` (hidden, in the same folder). */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Replace `target` with `data` atomically; the folder must exist. The temp file never outlives a failure. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await rm(temp, { force: true });
  }
}
