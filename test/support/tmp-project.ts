// A throwaway folder of files for engine and CLI tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TmpProject {
  dir: string;
  write(relative: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tmpProject(files: Record<string, string | Uint8Array> = {}): TmpProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'kblint-test-'));
  const project: TmpProject = {
    dir,
    write(relative, content) {
      const target = path.join(dir, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
      return target;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [name, content] of Object.entries(files)) project.write(name, content);
  return project;
}
