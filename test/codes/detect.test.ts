// Detection: where a string of the code's shape counts as an error code, and
// every kind of number that must never count (each negative case by name).
import { describe, expect, it } from 'vitest';
import { codes, mentions, settings } from './support.js';

const catalog = `
"50110":
  message: Your IP address is not on the allow list
"0x8004010F":
  message: The offline address book cannot be downloaded
`;

describe('error codes in error context', () => {
  it.each([
    ['error before', 'The call fails with error 50110.'],
    ['error code before', 'You see error code 50110 on the screen.'],
    ['error code with a colon and bold', 'The window shows **Error code: 50110**.'],
    ['error after', 'The 50110 error appears after an update.'],
    ['status before', 'The response carries status 50110.'],
    ['a list of codes after one trigger', 'Errors such as 50111 or 50110 are common.'],
    ['quoted', 'It shows error "50110" and stops.'],
  ])('finds a code with %s', (_name, text) => {
    expect(codes(text)).toContain('50110');
  });

  it('finds a code in inline code, in a heading and in a table column headed like "Error code"', () => {
    const found = mentions('# Error 50111 when signing in\n\nThe API returns error `50110`.\n\n| Error code | Meaning |\n| --- | --- |\n| 50112 | Key expired |\n');
    expect(found.map((m) => [m.code, m.where])).toEqual([
      ['50111', 'heading'],
      ['50110', 'inline-code'],
      ['50112', 'table'],
    ]);
  });

  it('locates the code itself', () => {
    const [found] = mentions('Intro.\n\nThe call fails with error 50110 today.\n');
    expect(found!.span).toEqual({ start: { line: 3, column: 27 }, end: { line: 3, column: 32 } });
  });

  it('finds codes in code blocks about errors (a JSON error body), not in others', () => {
    const found = mentions('Error 50110 means X.\n\n```json\n{ "code": "50113", "msg": "Invalid signature" }\n```\n');
    expect(found.map((m) => [m.code, m.where])).toEqual([
      ['50110', 'prose'],
      ['50113', 'code-block'],
    ]);
  });

  it('counts a bare mention of a code that is named in error context elsewhere in the article', () => {
    expect(codes('| Code | Meaning |\n| --- | --- |\n| 60018 | No such channel |\n\nSubscribing to `foo` returns 60018.\n')).toEqual(['60018', '60018']);
  });

  it('needs context even for a five-digit number the catalog lists, unless the section is about errors', () => {
    const s = settings({ catalog });
    expect(codes('We processed 50110 tickets.', s)).toEqual([]);
    expect(codes('## Errors on subscribe\n\nSubscribing too early returns 50110.\n', s)).toEqual(['50110']);
  });

  it('finds catalog codes with letters without context, in any case', () => {
    expect(codes('Outlook shows 0x8004010f while it synchronizes.', settings({ catalog }))).toEqual(['0x8004010f']);
  });

  it('uses the configured pattern', () => {
    expect(codes('You receive error 0x80070005 when you install.', settings({ pattern: '0x[0-9A-Fa-f]{8}' }))).toEqual(['0x80070005']);
  });

  it('skips codes listed in errorCodes.ignore and the all-zero success code', () => {
    expect(codes('Error 50110 and error 00000.', settings({ ignore: ['50110'] }))).toEqual([]);
  });
});

describe('numbers that are not error codes', () => {
  it('does not fire on a number without error context', () => {
    expect(codes('We have 48213 articles and 50110 readers.')).toEqual([]);
  });

  it('does not fire on years and dates', () => {
    expect(codes('The error appeared in 2025, on 2026-01-20, on Jan 20, 2026 and on 20/01/2026.', settings({ pattern: '\\d{4,8}' }))).toEqual([]);
    expect(codes('Error reports from 20260120 are archived.')).toEqual([]);
    expect(codes('Error code 12 of May 20261 is nonsense; error 20261 May is too.')).toEqual([]);
  });

  it('does not fire on amounts and prices (50000 USDT, $10,000, 10,000 users)', () => {
    expect(codes('If an error stops a withdrawal of 50000 USDT, contact support.')).toEqual([]);
    expect(codes('The error limit is 50000 USDT and the price error margin is $10,000.')).toEqual([]);
    expect(codes('An error in the dashboard counted 10,000 users and error 25000 orders.')).toEqual([]);
    expect(codes('Error: the fee on 12500 EUR was charged, and error $12500 too, and error €12500.')).toEqual([]);
    expect(codes('Error code 50000 USDT is not a code; nor is error 50000 %.')).toEqual([]);
  });

  it('does not fire on numbers with separators', () => {
    expect(codes('Error totals: error 12,345, error 50.110, error 50110.5, error 4.50110, error 50110-4 and error 50110/2.')).toEqual([]);
    expect(codes('Error code ranges such as 50000-59999 are not codes.')).toEqual([]);
  });

  it('does not fire on IDs, in phrases or in columns', () => {
    expect(codes('The error concerns Order ID 12345678 and UID 48213.')).toEqual([]);
    expect(codes('If you report an error, include your order ID 51234, the ticket 77881 and account 90210.')).toEqual([]);
    expect(codes('Error on case #45678 and transaction 31337.')).toEqual([]);
    expect(codes('| Order ID | Error |\n| --- | --- |\n| 58207 | none |\n\n| UID | Error count |\n| --- | --- |\n| 50110 | 3 |\n')).toEqual([]);
    expect(codes('When contacting support, reference error ID 16389. Event ID: 30006 Level: Error')).toEqual([]);
  });

  it('does not fire on phone numbers', () => {
    expect(codes('If you see an error, call 0800 12345 or +44 20 7946 0958.')).toEqual([]);
    expect(codes('For error reports, phone (555) 12345 or 1-800-555-12345, or error line +1 50110.')).toEqual([]);
  });

  it('does not fire on version numbers', () => {
    expect(codes('The error is fixed in version 10.0.19045, in build 22631 and in v 12345.')).toEqual([]);
    expect(codes('Error handling changed in release 2.50110 and error 3.12345.0.')).toEqual([]);
  });

  it('does not fire on numbers inside URLs', () => {
    expect(codes('For error details see https://example.com/errors/50110 or www.example.com/help/code/51008.')).toEqual([]);
    expect(codes('The error code page [lists everything](https://example.com/api/50113?code=51020).')).toEqual([]);
    expect(codes('Error code: <https://example.com/status/58350>')).toEqual([]);
  });

  it('does not fire on code blocks that are not about errors', () => {
    expect(codes('If the error comes back, check your script:\n\n```python\nclient = Client(port=50110, timeout=30000)\norder = client.place(order_id=51008, amount=58350)\n```\n')).toEqual([]);
    expect(codes('Error example:\n\n```json\n{ "orderId": "51020", "price": "50113", "promoCode": "12345" }\n```\n')).toEqual([]);
  });

  it('does not fire on promo, referral and verification codes', () => {
    expect(codes('If you get an error, enter the promo code 12345 again.')).toEqual([]);
    expect(codes('Your referral code 48213 and the invite code 77777 can show an error.')).toEqual([]);
    expect(codes('Type the verification code 90210 we sent by SMS; the 2FA code 55555 may show an error.')).toEqual([]);
    expect(codes('Enter the code 31337 from your authenticator app.')).toEqual([]);
  });

  it('does not fire on zip and postal codes', () => {
    expect(codes('An error in your address? Check the zip code 90210 and the postal code 10115.')).toEqual([]);
    expect(codes('| Country | Postal code |\n| --- | --- |\n| Germany | 10115 |\n')).toEqual([]);
  });

  it('does not fire on HTTP statuses or hex codes that are neither the configured shape nor in the catalog', () => {
    expect(codes('The server answers error 404 or status 503. Windows shows error 0x80070005.')).toEqual([]);
  });
});

describe('weaker triggers need more', () => {
  it('takes a bare "code" only in a sentence or section about something going wrong', () => {
    expect(codes('Use code 12345 at checkout.')).toEqual([]);
    expect(codes('The screen shows code 12345 and a smiley.')).toEqual([]);
    expect(codes('The payment failed with code 12345.')).toEqual(['12345']);
    expect(codes('## Payment problems\n\nThe screen shows code 12345.\n')).toEqual(['12345']);
  });

  it('takes a plain "Code" column only in a table or section about errors', () => {
    expect(codes('| Bank | Code |\n| --- | --- |\n| Example Bank | 12345 |\n')).toEqual([]);
    expect(codes('| Code | Message |\n| --- | --- |\n| 12345 | Invalid key |\n')).toEqual(['12345']);
    expect(codes('## Troubleshooting\n\n| Code | Bank |\n| --- | --- |\n| 12345 | Example Bank |\n')).toEqual(['12345']);
  });

  it('takes "- 50110: …" list items under a heading about error codes', () => {
    expect(codes('## Error codes\n\n- 50110: IP address not allowed\n- **50111** - key deleted\n')).toEqual(['50110', '50111']);
    expect(codes('## Prices\n\n- 50110: a nice number\n')).toEqual([]);
  });
});

describe('event IDs and event codes', () => {
  it('does not fire on an event code or on a key-value row labelled "Event ID"', () => {
    expect(codes('Event code: 3005 was logged with an error.', settings({ pattern: '\\d{4,5}' }))).toEqual([]);
    expect(codes('| Event Type | Error |\n| --- | --- |\n| Event ID | 7010 |\n| Code | 50110 |\n')).toEqual(['50110']);
  });
});

describe('catalog codes made of letters', () => {
  const s = settings({ catalog: 'TIMEOUT: Request timed out\nINVALID_SIGNATURE: Bad signature\nE1001: Disk full\n' });
  it('needs context for a code that is also a word, not for one that is not', () => {
    expect(codes('The timeout is 30 seconds.', s)).toEqual([]);
    expect(codes('The call fails with error TIMEOUT.', s)).toEqual(['TIMEOUT']);
    expect(codes('The API answers INVALID_SIGNATURE and the disk reports E1001.', s)).toEqual(['INVALID_SIGNATURE', 'E1001']);
  });
});

describe('counts of errors', () => {
  it('does not take a count of errors for a code', () => {
    expect(codes('We fixed 12345 errors last month and received 23456 error reports.')).toEqual([]);
    expect(codes('You may see the 12029 error, or a 12030 error.')).toEqual(['12029', '12030']);
  });
});
