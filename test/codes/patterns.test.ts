// Error codes as real help centers write them: explanations in other shapes,
// success statuses and values that are not codes, named codes, codes under a
// heading of their own.
import { describe, expect, it } from 'vitest';
import { analyze, codes, settings, verdict } from './support.js';

describe('explanations in other shapes', () => {
  it.each([
    ['in parentheses', 'The server answers with reply code 421 (Service not available, closing transmission channel). Try again later.'],
    ['after a dash', 'Reply code 421 – service not available. Try again later.'],
    ['after a colon', 'Reply code 421: the service is not available. Try again later.'],
  ])('%s', (_, text) => {
    expect(verdict(text, '421', settings({ pattern: '[45]\\d\\d' })).meaning).toBe(true);
  });

  it('a cause in the same list item', () => {
    const text = '# Reply codes\n\n- Error 50110\n\n  The IP address is missing from the allow list. Add it in Settings.\n';
    expect(verdict(text, '50110')).toEqual({ meaning: true, resolution: true });
  });

  it('does not take a parenthesis that holds no words for a meaning', () => {
    expect(verdict('Error 50110 (50110) appeared. Try again.', '50110').meaning).toBe(false);
  });
});

describe('success statuses and values are not error codes', () => {
  it('a status table row whose other cell says OK', () => {
    const table = '# Status codes\n\n| Code | Meaning |\n| --- | --- |\n| 10000 | OK |\n| 10001 | Invalid signature |\n';
    expect(codes(table)).toEqual(['10001']);
  });

  it('"code 20000 (success)" and "status 20000 OK" in prose', () => {
    expect(codes('The call returns status 20000 OK, or error 20001 when it fails.')).toEqual(['20001']);
    expect(codes('Error code 20000 (success) is logged for every call.')).toEqual([]);
  });

  it('numbers in a settings or log-message column', () => {
    const logTable = (header: string) => `# Audit\n\n| ${header} | Level |\n| --- | --- |\n| Error 50110 written to the audit log | info |\n`;
    expect(codes(logTable('Log message'))).toEqual([]);
    expect(codes(logTable('Message'))).toEqual(['50110']);
    expect(codes('# Tuning\n\n| Setting | Default |\n| --- | --- |\n| Retry window | error 86400 |\n')).toEqual([]);
  });
});

describe('catalog codes with spaces', () => {
  const s = settings({ catalog: '"Blue Harbor": The kiosk lost its network\n"E 42": Paper jam\n' });
  it('finds a named code, also across a line break', () => {
    expect(codes('The kiosk shows error Blue Harbor. Restart it.', s)).toEqual(['Blue Harbor']);
    expect(codes('The kiosk shows error Blue\nHarbor. Restart it.', s).map((c) => c.replace(/\s+/g, ' '))).toEqual(['Blue Harbor']);
    expect(codes('Error E 42 means a paper jam.', s)).toEqual(['E 42']);
  });
});

describe('a code under a heading of its own', () => {
  const s = settings({ pattern: '[45]\\d\\d', catalog: '"421": Service not available\n"550": Mailbox unavailable\n' });
  const article = '# SMTP reply codes\n\n## 421\n\nThe service is not available and the channel is closing. Send the message again later.\n\n## 550\n\nThe mailbox does not exist. Check the address.\n';
  it('counts as found and explained', () => {
    const found = analyze(article, s).codes.map((c) => [c.code, c.meaning, c.resolution]);
    expect(found).toEqual([
      ['421', true, true],
      ['550', true, true],
    ]);
  });

  it('but a heading of its own with nothing under it explains nothing', () => {
    const found = analyze('# SMTP reply codes\n\n## 421\n\n## 550\n\nThe mailbox does not exist.\n', s).codes.find((c) => c.code === '421');
    expect(found?.meaning).toBe(false);
  });
});
