import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromTagged, toTagged } from '../../src/util/tagged-json.js';

const root = path.resolve('/projects/help');
const through = (value: unknown, from = root, to = root) => fromTagged(JSON.parse(JSON.stringify(toTagged(value, { root: from }))), { root: to });

describe('tagged JSON (shard reports)', () => {
  it('keeps Sets, Maps, nested objects, non-finite numbers and undefined in arrays', () => {
    const value = { anchors: new Set(['a', 'b']), ids: new Map([['1', { path: 'x', slug: null }]]), list: [1, undefined, Number.NaN, -Infinity], deep: { n: 0, s: '' } };
    expect(through(value)).toEqual(value);
  });

  it('stores paths under the root relative to it, and resolves them against the reading root', () => {
    const stored = toTagged({ file: path.join(root, 'docs', 'a.md'), outside: '/etc/hosts', self: root }, { root });
    expect(JSON.stringify(stored)).not.toContain(root);
    const elsewhere = path.resolve('/runner/work/help');
    expect(through({ file: path.join(root, 'docs', 'a.md'), self: root }, root, elsewhere)).toEqual({ file: path.join(elsewhere, 'docs', 'a.md'), self: elsewhere });
    expect(through({ outside: '/etc/hosts' })).toEqual({ outside: '/etc/hosts' });
  });

  it('reads back objects that look like tags, and a __proto__ key, as themselves', () => {
    const tricky = JSON.parse('{"$set": [1], "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const odd = { a: { $set: 'not a set' }, b: { $path: 'x' }, c: tricky };
    const back = through(odd) as typeof odd;
    expect(back.a).toEqual({ $set: 'not a set' });
    expect(back.b).toEqual({ $path: 'x' });
    expect(Object.keys(back.c)).toEqual(['$set', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what is not plain data', () => {
    expect(() => toTagged({ url: new URL('https://example.com') }, { root })).toThrow(/value\.url is not plain data \(URL\)/);
    expect(() => toTagged([() => 1], { root })).toThrow(/not plain data/);
  });
});
