// A copy of fixtures/audit in a temporary folder, and running `kblint audit` in it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runKblint, type CliOutcome } from '../support/cli.js';

export const AUDIT_FIXTURE = path.join(REPO_ROOT, 'fixtures/audit');

export interface AuditProject {
  dir: string;
  remove(): void;
  audit(args?: string[]): Promise<CliOutcome>;
}

export function auditProject(): AuditProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'kblint-audit-'));
  cpSync(AUDIT_FIXTURE, dir, { recursive: true });
  return {
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    audit: (args = []) => runKblint(['audit', '.', '--out', 'out', '--history', 'history.db', '--offline', ...args], { cwd: dir }),
  };
}
