// The history store's edges, in process: not a database, reopening, an empty history.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_SCHEMA_VERSION, HistoryError, listAudits, openHistory, readHistory } from '../../src/audit/history.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe('the history store', () => {
  it('creates the folder and the schema once; reopening changes nothing', () => {
    project = tmpProject();
    const file = path.join(project.dir, 'nested/.kblint/history.db');
    const first = openHistory(file, { create: true });
    expect(first.pragma('user_version', { simple: true })).toBe(HISTORY_SCHEMA_VERSION);
    expect(first.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    first.close();
    const again = openHistory(file, { create: true });
    expect(readHistory(again)).toEqual({ previous: null, past: [] });
    expect(listAudits(again)).toEqual([]);
    again.close();
  });

  it('refuses a file that is not a database, naming it, and leaves it as it was', () => {
    project = tmpProject({ 'history.db': 'not a database, just notes\n'.repeat(200) });
    const file = path.join(project.dir, 'history.db');
    const before = readFileSync(file);
    expect(() => openHistory(file, { create: true })).toThrow(HistoryError);
    expect(() => openHistory(file, { create: true })).toThrow(/cannot use the audit history .*history\.db: file is not a database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('does not create a history just to list it', () => {
    project = tmpProject();
    const file = path.join(project.dir, 'missing.db');
    expect(() => openHistory(file, { create: false })).toThrow(/no audit history at .*missing\.db yet/);
    expect(existsSync(file)).toBe(false);
  });
});
