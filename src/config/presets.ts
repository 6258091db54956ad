// Built-in presets for `extends`. `kblint:recommended` is what kblint does with
// no config at all (every rule at its default severity), written out so a
// project can extend it by name; `kblint:strict` also turns on the opt-in prose
// rules and asks for fresher articles. Plain data, validated like any config.
export const PRESETS: Readonly<Record<string, Record<string, unknown>>> = {
  'kblint:recommended': {
    freshness: { maxAgeDays: 365, warnAfterDays: 180 },
  },
  'kblint:strict': {
    extends: 'kblint:recommended',
    rules: {
      'plain-language': 'warning',
      'passive-voice': 'warning',
      'inclusive-language': 'warning',
    },
    freshness: { maxAgeDays: 180, warnAfterDays: 90 },
  },
};
