// Which runs stay in the main thread (load-pool.ts SMALL_RUN): few files, each small.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSmallRun, SMALL_RUN } from '../../src/engine/load-pool.js';
import { tmpProject } from '../support/tmp-project.js';

const task = (dir: string, name: string) => ({ absolutePath: path.join(dir, name), path: name });

describe('a small run', () => {
  it('is fewer than SMALL_RUN.files files, each and all together under the byte caps', async () => {
    const project = tmpProject({ 'a.md': 'x'.repeat(SMALL_RUN.fileBytes), 'big.md': 'x'.repeat(SMALL_RUN.fileBytes + 1) });
    try {
      expect(await isSmallRun([task(project.dir, 'a.md')])).toBe(true);
      expect(await isSmallRun([task(project.dir, 'a.md'), task(project.dir, 'big.md')])).toBe(false);
      // A file that cannot be stat'ed counts as empty: its job reports it.
      expect(await isSmallRun([task(project.dir, 'missing.md')])).toBe(true);
      const many = Array.from({ length: SMALL_RUN.files }, (_, i) => ({ ...task(project.dir, `n${i}.md`), text: '# N\n' }));
      expect(await isSmallRun(many.slice(1))).toBe(true);
      expect(await isSmallRun(many)).toBe(false);
      const heavy = Array.from({ length: SMALL_RUN.totalBytes / SMALL_RUN.fileBytes + 1 }, () => task(project.dir, 'a.md'));
      expect(await isSmallRun(heavy)).toBe(false);
      expect(await isSmallRun([{ path: 't.md', absolutePath: '/t.md', text: 'é'.repeat(SMALL_RUN.fileBytes / 2 + 1) }])).toBe(false);
    } finally {
      project.remove();
    }
  });
});
