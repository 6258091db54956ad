// The User-Agent of the link checker, naming kblint and its version. The
// version is read here rather than from the CLI so that the links code does
// not depend on the CLI layer.
import { readFileSync } from 'node:fs';

function readVersion(): string {
  // package.json is two folders up from src/links, three from dist/src/links.
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

export const USER_AGENT = `kblint/${readVersion()} (link checker; +https://github.com/kblint/kblint)`;
