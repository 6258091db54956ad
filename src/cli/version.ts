import { readFileSync } from 'node:fs';

// package.json sits two folders above dist/src/cli and src/cli alike… almost:
// resolve it from this file so both the built and the test-run code find it.
function readVersion(): string {
  for (const relative of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kblint' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export const KBLINT_VERSION = readVersion();
