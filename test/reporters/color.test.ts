import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../src/reporters/color.js';

type Env = Record<string, string | undefined>;

describe('shouldUseColor', () => {
  const table: Array<[string, boolean | undefined, Env, boolean]> = [
    ['a TTY with a clean environment', true, {}, true],
    ['not a TTY', false, {}, false],
    ['an unknown TTY state', undefined, {}, false],
    ['NO_COLOR on a TTY', true, { NO_COLOR: '1' }, false],
    ['NO_COLOR with any non-empty value', true, { NO_COLOR: 'false' }, false],
    ['an empty NO_COLOR (counts as unset)', true, { NO_COLOR: '' }, true],
    ['an empty NO_COLOR off a TTY', false, { NO_COLOR: '' }, false],
    ['FORCE_COLOR=1 off a TTY', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=true off a TTY', false, { FORCE_COLOR: 'true' }, true],
    ['FORCE_COLOR=3 off a TTY', false, { FORCE_COLOR: '3' }, true],
    ['FORCE_COLOR=0 on a TTY', true, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a TTY', true, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=FALSE on a TTY', true, { FORCE_COLOR: 'FALSE' }, false],
    ['an empty FORCE_COLOR (counts as unset) on a TTY', true, { FORCE_COLOR: '' }, true],
    ['an empty FORCE_COLOR (counts as unset) off a TTY', false, { FORCE_COLOR: '' }, false],
    ['FORCE_COLOR=1 wins over NO_COLOR', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['FORCE_COLOR=0 with NO_COLOR', true, { FORCE_COLOR: '0', NO_COLOR: '1' }, false],
    ['an empty FORCE_COLOR leaves NO_COLOR in charge', true, { FORCE_COLOR: '', NO_COLOR: '1' }, false],
    ['variables present but undefined', true, { FORCE_COLOR: undefined, NO_COLOR: undefined }, true],
  ];

  it.each(table)('%s', (_name, isTTY, env, expected) => {
    expect(shouldUseColor({ isTTY, env })).toBe(expected);
  });
});
