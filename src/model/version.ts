// kblint's identity: its repository (docs links, SARIF, the User-Agent) and
// its version from package.json, for --version, SARIF and the
// link checker's User-Agent. Found relative to this file, which sits two
// folders below the package root in src/ and three in dist/src/.
import { readFileSync } from 'node:fs';

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

/** Where kblint's docs live; rule docs and core-message anchors hang off it. */
export const KBLINT_REPOSITORY = 'https://github.com/kblint/kblint';
