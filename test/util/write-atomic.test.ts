import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/write-atomic.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'kblint-write-'));

describe('writeFileAtomic', () => {
  it('replaces a regular file and leaves no temporary file behind', async () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes a FIFO in place instead of renaming a file over it (as with --output /dev/null)', async () => {
    const dir = folder();
    const fifo = path.join(dir, 'pipe');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    const reading = readFile(fifo, 'utf8');
    await writeFileAtomic(fifo, [Buffer.from('{"files":'), Buffer.from('[]}')]);
    // Checked before awaiting the reader, which would wait forever had the FIFO been replaced.
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(await reading).toBe('{"files":[]}');
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('follows a symbolic link: the link stays, the file it names gets the content', async () => {
    const dir = folder();
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(readFileSync(real, 'utf8')).toBe('new');
  });
});
