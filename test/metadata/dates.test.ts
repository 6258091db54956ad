import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  findBodyDates,
  isIsoDate,
  isoDaysBetween,
  parseDateText,
  type BodyDateMatch,
  type DateOrder,
} from '../../src/metadata/dates.js';

describe('parseDateText: accepted forms', () => {
  it.each([
    // ISO dates and datetimes: the calendar date as written, whatever the offset
    ['2026-02-05', '2026-02-05'],
    ['  2026-02-05\n', '2026-02-05'],
    ['2026-2-5', '2026-02-05'],
    ['2026-02-05T23:30:00Z', '2026-02-05'],
    ['2026-02-05T23:30:00-05:00', '2026-02-05'], // 2026-02-06 in UTC
    ['2026-02-05T00:30:00+09:00', '2026-02-05'], // 2026-02-04 in UTC
    ['2026-02-05T23:59:59-12:00', '2026-02-05'],
    ['2026-02-05T00:00:00+14:00', '2026-02-05'],
    ['2026-02-05 10:00', '2026-02-05'],
    ['2026-02-05T10:00:00.123+02:00', '2026-02-05'],
    ['2026-02-05t10:00:00z', '2026-02-05'],
    ['2026-02-05T10:00+0200', '2026-02-05'],
    ['2024-02-29', '2024-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2999-12-31', '2999-12-31'],
    // month names
    ['Feb 5, 2026', '2026-02-05'],
    ['February 5, 2026', '2026-02-05'],
    ['Feb 5 2026', '2026-02-05'],
    ['Feb. 5, 2026', '2026-02-05'],
    ['Sept 5, 2026', '2026-09-05'],
    ['Sep 5, 2026', '2026-09-05'],
    ['September 5, 2026', '2026-09-05'],
    ['FEBRUARY 5, 2026', '2026-02-05'],
    ['feb 5, 2026', '2026-02-05'],
    ['May 30, 2025', '2025-05-30'],
    ['Dec 31, 2025', '2025-12-31'],
    ['Feb 5th, 2026', '2026-02-05'],
    ['5 Feb 2026', '2026-02-05'],
    ['5 February 2026', '2026-02-05'],
    ['5 february, 2026', '2026-02-05'],
    ['05-Feb-2026', '2026-02-05'],
    ['1 Jan 2026', '2026-01-01'],
    // year first with / and .
    ['2026/02/05', '2026-02-05'],
    ['2026.02.05', '2026-02-05'],
    ['2026/2/5', '2026-02-05'],
  ])('%j → %s', (raw, date) => {
    expect(parseDateText(raw)).toEqual({ ok: true, date });
    expect(parseDateText(raw, 'day-first')).toEqual({ ok: true, date });
  });

  it.each<[string, DateOrder, string]>([
    ['02/05/2026', 'month-first', '2026-02-05'],
    ['02/05/2026', 'day-first', '2026-05-02'],
    ['2/5/2026', 'month-first', '2026-02-05'],
    ['2/5/2026', 'day-first', '2026-05-02'],
    ['12/25/2026', 'month-first', '2026-12-25'],
    ['25/12/2026', 'day-first', '2026-12-25'],
    ['07/07/2026', 'month-first', '2026-07-07'],
    ['07/07/2026', 'day-first', '2026-07-07'],
  ])('slash date %j read %s → %s', (raw, order, date) => {
    expect(parseDateText(raw, order)).toEqual({ ok: true, date });
  });

  it('defaults to month-first', () => {
    expect(parseDateText('02/05/2026')).toEqual({ ok: true, date: '2026-02-05' });
  });
});

describe('parseDateText: month-year and year-only dates keep their precision', () => {
  it.each<[string, string, 'month' | 'year']>([
    ['June 2026', '2026-06-30', 'month'],
    ['Jun. 2026', '2026-06-30', 'month'],
    ['february, 2024', '2024-02-29', 'month'],
    ['2026-02', '2026-02-28', 'month'],
    ['2026', '2026-12-31', 'year'],
  ])('%j → %s (%s)', (raw, date, precision) => {
    expect(parseDateText(raw)).toEqual({ ok: true, date, precision });
  });

  it('never advises YYYY-MM-DD for a date in prose', () => {
    for (const raw of ['soon', 'Feb 5, 26', '25/12/2026', '']) {
      const r = parseDateText(raw, 'month-first', 'prose');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).not.toMatch(/YYYY-MM-DD/);
    }
  });
});

describe('parseDateText: rejections', () => {
  it.each<[string, DateOrder, RegExp]>([
    ['2026-02-30', 'month-first', /"2026-02-30" is not a real calendar date/],
    ['2025-02-29', 'month-first', /not a real calendar date/],
    ['2026-13-01', 'month-first', /not a real calendar date/],
    ['2026-00-10', 'month-first', /not a real calendar date/],
    ['2026/04/31', 'month-first', /not a real calendar date/],
    ['Feb 30, 2026', 'month-first', /not a real calendar date/],
    ['31 April 2026', 'month-first', /not a real calendar date/],
    ['31/31/2025', 'month-first', /not a real calendar date/],
    ['31/31/2025', 'day-first', /not a real calendar date/],
    ['02/05/26', 'month-first', /two-digit year/],
    ['Feb 5, 26', 'month-first', /two-digit year/],
    ['5 Feb 26', 'day-first', /two-digit year/],
    ['1850-01-01', 'month-first', /year 1850, outside 1900–2999/],
    ['3026-02-05', 'month-first', /outside 1900–2999/],
    ['Feb 5, 1066', 'month-first', /outside 1900–2999/],
    ['0000-01-01', 'month-first', /outside 1900–2999/],
    ['2026-02-05T25:00', 'month-first', /impossible time of day/],
    ['2026-02-05T10:61', 'month-first', /impossible time of day/],
    ['', 'month-first', /^empty date/],
    ['   ', 'month-first', /^empty date/],
    ['soon', 'month-first', /"soon" is not a date kblint can read \(use YYYY-MM-DD\)/],
    ['TBD', 'month-first', /"TBD" is not a date kblint can read/],
    ['N/A', 'month-first', /not a date kblint can read/],
    ['Febuary 5, 2026', 'month-first', /not a date kblint can read/],
    ['Mayday 5, 2026', 'month-first', /not a date kblint can read/],
    ['2026-02-05 and later', 'month-first', /not a date kblint can read/],
    ['20260205', 'month-first', /not a date kblint can read/],
    ['Feb 5, 202612', 'month-first', /not a date kblint can read/],
    ['2026 or later', 'month-first', /not a date kblint can read/],
    ['2026-13', 'month-first', /not a real month/],
    ['June 0026', 'month-first', /outside 1900/],
  ])('%j (%s) is rejected: %s', (raw, order, reason) => {
    const r = parseDateText(raw, order);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it.each<[string, DateOrder, DateOrder, string]>([
    ['25/12/2026', 'month-first', 'day-first', '2026-12-25'],
    ['12/25/2026', 'day-first', 'month-first', '2026-12-25'],
    ['13/1/2026', 'month-first', 'day-first', '2026-01-13'],
  ])('does not guess: %j read %s is ambiguous', (raw, order, other, wouldBe) => {
    const r = parseDateText(raw, order);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/ambiguous/);
    expect(r.reason).toContain('metadata.dateOrder');
    expect(r.reason).toContain(`not a valid ${order} date`);
    expect(r.reason).toContain(`read ${other} it would be ${wouldBe}`);
  });

  it('keeps reasons on one line and short', () => {
    const r = parseDateText(`not\na\r\ndate ${'x'.repeat(200)}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(r.reason.length).toBeLessThan(120);
  });
});

describe('no local time stands between text and date', () => {
  it('the module uses neither string Date parsing nor local getters', () => {
    const src = readFileSync(new URL('../../src/metadata/dates.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/\bget(?:FullYear|Month|Date|Day|Hours|Minutes)\(/);
    expect(src).not.toMatch(/Date\.parse\(/);
    expect(src).not.toMatch(/new Date\((?!Date\.UTC\(|utcMidnight\()/);
    expect(src).not.toMatch(/from 'date-fns'/);
  });
});

describe('isIsoDate / isoDaysBetween', () => {
  it.each([
    ['2026-02-05', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-2-5', false],
    ['2026-02-05T00:00:00Z', false],
    [' 2026-02-05', false],
    ['', false],
    [20260205, false],
    [null, false],
  ])('isIsoDate(%j) → %s', (s, want) => {
    expect(isIsoDate(s)).toBe(want);
  });

  it.each([
    ['2026-02-05', '2026-02-05', 0],
    ['2026-02-05', '2026-02-06', 1],
    ['2026-02-06', '2026-02-05', -1],
    ['2025-12-31', '2026-01-01', 1],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-07', '2026-03-09', 2], // across a US DST change
    ['2026-10-24', '2026-10-26', 2], // across an EU DST change
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
  ])('isoDaysBetween(%s, %s) → %i', (a, b, n) => {
    expect(isoDaysBetween(a, b)).toBe(n);
  });

  it('throws on non-ISO input', () => {
    expect(() => isoDaysBetween('Feb 5, 2026', '2026-02-05')).toThrow(RangeError);
    expect(() => isoDaysBetween('2026-02-05', '2026-02-30')).toThrow(/not a YYYY-MM-DD date/);
  });
});

type Expect = Pick<BodyDateMatch, 'kind' | 'raw' | 'views'> & { date: string | RegExp };

/** Check matches loosely on `date`, exactly on the rest, and that offsets point at `raw`. */
function check(text: string, got: BodyDateMatch[], want: Expect[]): void {
  expect(got.map((m) => ({ kind: m.kind, raw: m.raw, views: m.views }))).toEqual(
    want.map((w) => ({ kind: w.kind, raw: w.raw, views: w.views })),
  );
  got.forEach((m, i) => {
    expect(text.slice(m.start, m.end)).toBe(m.raw);
    const w = want[i]!.date;
    if (typeof w === 'string') {
      expect(m.date).toMatchObject({ ok: true, date: w });
    } else {
      expect(m.date.ok).toBe(false);
      if (!m.date.ok) expect(m.date.reason).toMatch(w);
    }
  });
}

const pub = (raw: string, date: string | RegExp, views: number | null = null): Expect => ({
  kind: 'published', raw, date, views,
});
const upd = (raw: string, date: string | RegExp, views: number | null = null): Expect => ({
  kind: 'updated', raw, date, views,
});

describe('findBodyDates', () => {
  it.each<[string, Expect[]]>([
    ['Published on May 30, 2025 · Updated on Feb 5, 2026', [pub('May 30, 2025', '2025-05-30'), upd('Feb 5, 2026', '2026-02-05')]],
    ['Published on May 30, 2025Updated on Feb 5, 2026', [pub('May 30, 2025', '2025-05-30'), upd('Feb 5, 2026', '2026-02-05')]],
    ['Updated on Feb 5, 202612', [upd('Feb 5, 2026', '2026-02-05', 12)]],
    ['Updated on Jan 10, 202518,279', [upd('Jan 10, 2025', '2025-01-10', 18279)]],
    ['Updated on Jan 10, 20251,234,567 views', [upd('Jan 10, 2025', '2025-01-10', 1234567)]],
    ['Updated on Feb 5, 202612OKX Web3 FAQ', [upd('Feb 5, 2026', '2026-02-05', 12)]],
    ['Updated on Feb 5, 202618,279OKX Web3 FAQ', [upd('Feb 5, 2026', '2026-02-05', 18279)]],
    ['Updated on Feb 5, 2026OKX Web3 FAQ', [upd('Feb 5, 2026', '2026-02-05')]],
    ['Updated on 5 Feb 202612', [upd('5 Feb 2026', '2026-02-05', 12)]],
    ['Updated on 02/05/202612', [upd('02/05/2026', '2026-02-05', 12)]],
    ['Updated on Feb 5, 2026, 2,000 views', [upd('Feb 5, 2026', '2026-02-05')]],
    ['Published on May 30, 2025Updated on Feb 5, 202612OKX Web3 FAQ', [pub('May 30, 2025', '2025-05-30'), upd('Feb 5, 2026', '2026-02-05', 12)]],
    ['Last updated: 2026-02-05', [upd('2026-02-05', '2026-02-05')]],
    ['Last updated on 5 February 2026', [upd('5 February 2026', '2026-02-05')]],
    ['Updated: 2026/02/05', [upd('2026/02/05', '2026-02-05')]],
    ['Updated on 2026.02.05', [upd('2026.02.05', '2026-02-05')]],
    ['Posted on Feb. 5, 2026', [pub('Feb. 5, 2026', '2026-02-05')]],
    ['Published: Sept 5, 2026', [pub('Sept 5, 2026', '2026-09-05')]],
    ['Date published: 2026-02-05', [pub('2026-02-05', '2026-02-05')]],
    ['Last modified: 2026-02-05', [upd('2026-02-05', '2026-02-05')]],
    ['LAST UPDATED ON FEB 5, 2026', [upd('FEB 5, 2026', '2026-02-05')]],
    ['published on may 30, 2025', [pub('may 30, 2025', '2025-05-30')]],
    ['Last updated Feb 5, 2026', [upd('Feb 5, 2026', '2026-02-05')]],
    ['**Last updated:** 2026-02-05', [upd('2026-02-05', '2026-02-05')]],
    ['_Updated on Feb 5, 2026_', [upd('Feb 5, 2026', '2026-02-05')]],
    // ISO forms take no glued views; a datetime keeps its time in raw, the date as written
    ['Updated on 2026-02-05', [upd('2026-02-05', '2026-02-05')]],
    ['Updated on 2026-02-05T23:30:00-05:00 by the editor', [upd('2026-02-05T23:30:00-05:00', '2026-02-05')]],
    ['Updated on 2026-02-0512', [upd('2026-02-0512', /not a date kblint can read/)]],
    // unparseable dates at metadata positions are still reported
    ['Updated on TBD', [upd('TBD', /"TBD" is not a date kblint can read/)]],
    ['Last updated: N/A', [upd('N/A', /not a date kblint can read/)]],
    ['Updated on coming soon.', [upd('coming soon', /not a date kblint can read/)]],
    ['Updated on Febuary 5, 2026', [upd('Febuary 5, 2026', /not a date kblint can read/)]],
    ['Published on 31/31/2025', [pub('31/31/2025', /not a real calendar date/)]],
    ['Updated on 2026-02-30', [upd('2026-02-30', /not a real calendar date/)]],
    ['Updated on Feb 5, 26', [upd('Feb 5, 26', /two-digit year/)]],
    ['Updated on 25/12/2026', [upd('25/12/2026', /metadata\.dateOrder/)]],
    ['Published on TBDUpdated on Feb 5, 2026', [pub('TBD', /not a date kblint can read/), upd('Feb 5, 2026', '2026-02-05')]],
    ['Published on TBDUpdated on TBD', [pub('TBD', /not a date kblint can read/), upd('TBD', /not a date kblint can read/)]],
    ['Published on May 30, 2025Updated on TBD', [pub('May 30, 2025', '2025-05-30'), upd('TBD', /not a date kblint can read/)]],
    ['Published on May 30, 2025 · Updated on TBD', [pub('May 30, 2025', '2025-05-30'), upd('TBD', /not a date kblint can read/)]],
    ['Published on May 30, 2025 | Updated on ?', [pub('May 30, 2025', '2025-05-30'), upd('?', /not a date kblint can read/)]],
    ['Fixed the link. Updated on TBD', [upd('TBD', /not a date kblint can read/)]],
    ['Intro text\n  > Updated on TBD\nMore text', [upd('TBD', /not a date kblint can read/)]],
    ['v2 - Updated on TBD', [upd('TBD', /not a date kblint can read/)]],
    // labels through emphasis and stray markup
    ['**Posted:** February 7, 2023', [pub('February 7, 2023', '2023-02-07')]],
    ['**Posted: **February 7, 2023', [pub('February 7, 2023', '2023-02-07')]],
    ['__Updated: __ Feb 5, 2026', [upd('Feb 5, 2026', '2026-02-05')]],
    ['_Updated_: 2026-02-05', [upd('2026-02-05', '2026-02-05')]],
    ['Updated on: 5 February 2026', [upd('5 February 2026', '2026-02-05')]],
    // month-year and year-only after an explicit label: dates of that precision
    ['Last updated: June 2026', [upd('June 2026', '2026-06-30')]],
    ['**Updated:** 2025', [upd('2025', '2025-12-31')]],
    ['Published on March 2024 · Updated on Feb 5, 2026', [pub('March 2024', '2024-03-31'), upd('Feb 5, 2026', '2026-02-05')]],
    // a date after the label is a date statement even inside a sentence
    ['This guide, first published on May 30, 2025, explains fees.', [pub('May 30, 2025', '2025-05-30')]],
  ])('%j', (text, want) => {
    check(text, findBodyDates(text), want);
  });

  it.each<[string]>([
    ['the list is updated on request'],
    ['The list is updated on request.'],
    ['Updated on Friday the team shipped a fix'],
    ['Updated on Friday the team…'],
    ['We published on our blog'],
    ['We published on our blog.\nUpdated on request.'],
    ['Published on our blog last week'],
    ['Fees are updated on the first day of each month.'],
    ['It was posted on the forum by support'],
    ['Balances are updated: see the table below for details'],
    ['Updated 3 days ago'],
    ['Posted 5 comments'],
    ['The list is updated on TBD terms'],
    ['auto-updated on weekends'],
    ['outdated on Feb 5, 2026'],
    ['reposted on Feb 5, 2026'],
    ['Updated onboarding steps'],
    ['Updated 2026 pricing is below'],
    ['Posted 2026-style banners'],
    ['Last updated:'],
    ['No dates here at all, 2026-02-05 included.'],
    [''],
  ])('prose %j → no match', (text) => {
    expect(findBodyDates(text)).toEqual([]);
  });

  it('reads slash dates in the configured order', () => {
    const text = 'Published on 02/05/2026 · Updated on 2/6/2026';
    check(text, findBodyDates(text), [pub('02/05/2026', '2026-02-05'), upd('2/6/2026', '2026-02-06')]);
    check(text, findBodyDates(text, 'day-first'), [pub('02/05/2026', '2026-05-02'), upd('2/6/2026', '2026-06-02')]);
  });

  it('finds several statements in a longer text with exact offsets', () => {
    const text = [
      '# Fees FAQ',
      'Published on May 30, 2025Updated on Feb 5, 202618,279OKX Web3 FAQ',
      '',
      'The table is updated on request. Posted on 5 February 2026 · Last updated: 2026-02-05T00:30:00+09:00',
      '**Date published:** 2026/01/02 | Updated on TBD',
    ].join('\n');
    const got = findBodyDates(text);
    check(text, got, [
      pub('May 30, 2025', '2025-05-30'),
      upd('Feb 5, 2026', '2026-02-05', 18279),
      pub('5 February 2026', '2026-02-05'),
      upd('2026-02-05T00:30:00+09:00', '2026-02-05'),
      pub('2026/01/02', '2026-01-02'),
      upd('TBD', /not a date kblint can read/),
    ]);
    expect(got[0]!.start).toBe(text.indexOf('May 30'));
    expect(got[1]!.start).toBe(text.indexOf('Feb 5, 2026'));
    expect(got[1]!.end).toBe(text.indexOf('18,279'));
    expect(got.map((m) => m.start)).toEqual([...got.map((m) => m.start)].sort((a, b) => a - b));
  });
});
