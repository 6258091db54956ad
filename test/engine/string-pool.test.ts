// Which string copy a property holds cannot be seen from JavaScript; what can
// be: the values stay as they were, and which strings the pool took in.
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../src/engine/string-pool.js';

describe('StringPool', () => {
  it('takes in each short string of nested plain objects and arrays once, leaving the values as they were', () => {
    const pool = new StringPool();
    const outcome = () => ({ messages: [{ ruleId: 'stale-article', tags: ['a', 1, null] }], nested: { deep: { url: 'https://x.example', list: [['b']] } } });
    const first = outcome();
    const second = outcome();
    expect(pool.intern(first)).toBe(first);
    expect(pool.size).toBe(4);
    pool.intern(second);
    expect(pool.size).toBe(4);
    expect(second).toEqual(outcome());
    pool.intern({ other: 'new', count: 3 });
    expect(pool.size).toBe(5);
  });

  it('leaves long strings, class instances, Maps and Sets alone', () => {
    const pool = new StringPool();
    const long = 'x'.repeat(300);
    class Holder {
      text = 'kept';
    }
    const holder = new Holder();
    const value = { long, holder, map: new Map([['k', 'v']]), set: new Set(['s']) };
    pool.intern(value);
    expect(pool.size).toBe(0);
    expect(value).toEqual({ long, holder, map: new Map([['k', 'v']]), set: new Set(['s']) });
  });

  it('stops at a bounded depth instead of exhausting the stack', () => {
    const pool = new StringPool();
    let deep: Record<string, unknown> = { leaf: 'end' };
    for (let i = 0; i < 100_000; i++) deep = { child: deep };
    expect(() => pool.intern(deep)).not.toThrow();
    expect(pool.size).toBe(0);
  });
});
