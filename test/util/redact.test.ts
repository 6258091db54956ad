import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/engine/check.js';
import { redactSecrets } from '../../src/util/redact.js';

describe('redactSecrets', () => {
  it.each([
    ['https://user:pass@example.com/a', 'https://REDACTED@example.com/a'],
    ['ftp://token@example.com', 'ftp://REDACTED@example.com'],
    ['https://x.test/a?access_token=abc&lang=en', 'https://x.test/a?access_token=REDACTED&lang=en'],
    ['https://x.test/a?lang=en&api_key=k1#top', 'https://x.test/a?lang=en&api_key=REDACTED#top'],
    ['https://x.test/a?TOKEN=1&Signature=2&sig=3&password=4&secret=5&auth=6&key=7', 'https://x.test/a?TOKEN=REDACTED&Signature=REDACTED&sig=REDACTED&password=REDACTED&secret=REDACTED&auth=REDACTED&key=REDACTED'],
    ['https://x.test/a?private_token=1&X-Amz-Signature=2', 'https://x.test/a?private_token=REDACTED&X-Amz-Signature=REDACTED'],
    ['Dead link "https://x.test/?token=abc": 404 Not Found.', 'Dead link "https://x.test/?token=REDACTED": 404 Not Found.'],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('leaves ordinary text, e-mail addresses and harmless queries alone', () => {
    for (const text of ['Write to help@example.com', 'https://x.test/search?q=token&page=2', 'mailto:a@b.test', 'a = b', 'https://x.test/?keyboard=1']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it('applies to every reported message and suggestion', () => {
    const message = sanitize({ ruleId: 'dead-link', severity: 'error', message: 'Dead link "https://u:p@x.test/?sig=1"', suggestion: 'Try https://x.test/?password=2', line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(message.message).toBe('Dead link "https://REDACTED@x.test/?sig=REDACTED"');
    expect(message.suggestion).toBe('Try https://x.test/?password=REDACTED');
  });
});
