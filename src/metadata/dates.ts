// Date parsing for article metadata. Dates are calendar dates (YYYY-MM-DD strings):
// no Date object in local time ever stands between the text and the result, so
// no time zone can move a date by a day.
//
// Implementation: a small table of regular expressions (FORMS below), not date-fns.
// date-fns `parse` builds local-time Dates and would need one format string per
// variant; the table is shorter, and the same patterns serve both `parseDateText`
// (anchored) and `findBodyDates` (sticky, at a label). Calendar validity is checked
// with UTC arithmetic only (`Date.UTC` / `setUTCFullYear` + `getUTC*`).
import type { DateField, IsoDate, Span } from '../model/types.js';

export type DateOrder = 'month-first' | 'day-first';

export type ParsedDate = { ok: true; date: IsoDate; precision?: 'month' | 'year' } | { ok: false; reason: string };

/**
 * Where a date is written. Frontmatter is data, so the advice is YYYY-MM-DD;
 * prose is for readers, so kblint never tells an editor to write YYYY-MM-DD there.
 */
export type DateContext = 'data' | 'prose';

/** A date field as written (`raw`, at `span`), with its parsed value or the reason it has none. */
export function toDateField(origin: string, raw: string, span: Span, parsed: ParsedDate): DateField {
  if (!parsed.ok) return { origin, raw, span, value: null, error: parsed.reason };
  return { origin, raw, span, value: parsed.date, ...(parsed.precision ? { precision: parsed.precision } : {}) };
}

const DAY_MS = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

// ---------------------------------------------------------------------------
// Calendar helpers (UTC only)

/** Milliseconds since the epoch of UTC midnight on y-m-d (m is 1-based); handles years < 100. */
function utcMidnight(y: number, m: number, d: number): number {
  return new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(y, m - 1, d);
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(utcMidnight(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function toIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a real calendar date written exactly `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whole days from `a` to `b` (positive when `b` is later). Throws on anything but YYYY-MM-DD. */
export function isoDaysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((isoToUtc(b) - isoToUtc(a)) / DAY_MS);
}

function isoToUtc(s: IsoDate): number {
  if (!isIsoDate(s)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  return utcMidnight(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

// ---------------------------------------------------------------------------
// The forms kblint reads

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH =
  '(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
/** A 4-digit year, or a 2-digit one (matched only to be rejected with a clear reason). */
const YEAR = '(?<y>\\d{4}|\\d{2}(?!\\d))';
const DAY = '(?<d>\\d{1,2})(?:st|nd|rd|th)?';
const TIME =
  '(?:[t ](?<hh>\\d{1,2}):(?<mi>\\d{2})(?::(?<ss>\\d{2})(?:[.,]\\d+)?)?(?<tz>z|[+-](?<tzh>\\d{2})(?::?(?<tzm>\\d{2}))?)?)?';

interface Form {
  src: string;
  /** Whether the form ends with its year, so a view count can be glued after it in a page export. */
  yearLast: boolean;
}

const FORMS: Form[] = [
  // 2026-02-05, 2026-02-05T23:30:00-05:00, 2026-02-05 10:00, 2026-02-05T10:00:00.123+02:00
  { src: `(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})${TIME}`, yearLast: false },
  // 2026/02/05, 2026.02.05
  { src: '(?<y>\\d{4})(?<sep>[/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})', yearLast: false },
  // Feb 5, 2026 · February 5 2026 · Feb. 5, 2026 · Sept 5th, 2026
  { src: `${MONTH}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}`, yearLast: true },
  // 5 Feb 2026 · 5 February, 2026 · 05-Feb-2026
  { src: `${DAY}(?:\\s+|-)${MONTH}(?:,\\s*|\\s+|-)${YEAR}`, yearLast: true },
  // 02/05/2026 (read per DateOrder)
  { src: `(?<a>\\d{1,2})/(?<b>\\d{1,2})/${YEAR}`, yearLast: true },
];

/** Dates of a month or a year only: "June 2026", "Jun. 2026", "2026-06", "2026". */
const IMPRECISE_FORMS: Form[] = [
  { src: `${MONTH},?\\s+(?<y>\\d{4})`, yearLast: true },
  { src: '(?<y>\\d{4})-(?<m>\\d{2})', yearLast: false },
  { src: '(?<y>\\d{4})', yearLast: true },
];

const ANCHORED = FORMS.map((f) => new RegExp(`^(?:${f.src})$`, 'i'));
const ANCHORED_IMPRECISE = IMPRECISE_FORMS.map((f) => new RegExp(`^(?:${f.src})$`, 'i'));
/** In the body, only after an explicit "Updated:" / "Updated on" and never before more digits or a word joined to the year. */
const STICKY_IMPRECISE = IMPRECISE_FORMS.map((f) => new RegExp(`(?:${f.src})(?![\\d\\w-])`, 'iy'));
/** Digits glued to a 4-digit year: `202612` → 12, `202518,279` → 18279. */
const VIEWS = '(?<views>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)?';
const STICKY = FORMS.map((f) => new RegExp(`(?:${f.src})${f.yearLast ? VIEWS : '(?!\\d)'}`, 'iy'));

/** The input, quoted on one line and shortened, for reasons. */
function q(raw: string): string {
  const one = raw.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > 40 ? `${one.slice(0, 39)}…` : one);
}

const fail = (reason: string): ParsedDate => ({ ok: false, reason });

function interpret(g: Record<string, string | undefined>, raw: string, order: DateOrder, context: DateContext): ParsedDate {
  const ys = g.y ?? '';
  if (ys.length !== 4) return fail(`${q(raw)} has a two-digit year; write all four digits${context === 'data' ? ' (YYYY-MM-DD)' : ''}`);
  const y = Number(ys);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return fail(`${q(raw)} has year ${ys}, outside ${MIN_YEAR}–${MAX_YEAR} (likely a typo)`);
  }
  if (g.hh !== undefined) {
    const bad =
      Number(g.hh) > 23 || Number(g.mi) > 59 || Number(g.ss ?? 0) > 60 ||
      Number(g.tzh ?? 0) > 14 || Number(g.tzm ?? 0) > 59;
    if (bad) return fail(`${q(raw)} has an impossible time of day`);
  }
  if (g.a !== undefined && g.b !== undefined) {
    // Slash dates: read in the configured order only. When that reading is impossible
    // but the other order would work, say so instead of guessing.
    const [a, b] = [Number(g.a), Number(g.b)];
    const [m, d] = order === 'month-first' ? [a, b] : [b, a];
    if (isRealDate(y, m, d)) return { ok: true, date: toIso(y, m, d) };
    if (isRealDate(y, d, m)) {
      const other: DateOrder = order === 'month-first' ? 'day-first' : 'month-first';
      return fail(
        `${q(raw)} is ambiguous: not a valid ${order} date (metadata.dateOrder is "${order}"; ` +
          `read ${other} it would be ${toIso(y, d, m)}); ${context === 'data' ? 'write YYYY-MM-DD' : 'write the month as a word'} or set metadata.dateOrder`,
      );
    }
    return fail(`${q(raw)} is not a real calendar date`);
  }
  const m = g.mon !== undefined ? (MONTHS[g.mon.toLowerCase()] ?? 0) : Number(g.m);
  const d = Number(g.d);
  if (!isRealDate(y, m, d)) return fail(`${q(raw)} is not a real calendar date`);
  return { ok: true, date: toIso(y, m, d) };
}

/** A month-year or year-only date: the last day of that month or year, with its precision. */
function interpretImprecise(g: Record<string, string | undefined>, raw: string): ParsedDate {
  const y = Number(g.y);
  if (y < MIN_YEAR || y > MAX_YEAR) return fail(`${q(raw)} has year ${g.y}, outside ${MIN_YEAR}–${MAX_YEAR} (likely a typo)`);
  const month = g.mon !== undefined ? (MONTHS[g.mon.toLowerCase()] ?? 0) : g.m !== undefined ? Number(g.m) : null;
  if (month === null) return { ok: true, date: toIso(y, 12, 31), precision: 'year' };
  if (month < 1 || month > 12) return fail(`${q(raw)} is not a real month`);
  const last = new Date(utcMidnight(y, month + 1, 0)).getUTCDate();
  return { ok: true, date: toIso(y, month, last), precision: 'month' };
}

/** Parse one date as written in frontmatter (`data`, the default) or in text (`prose`). */
export function parseDateText(raw: string, order: DateOrder = 'month-first', context: DateContext = 'data'): ParsedDate {
  const s = raw.trim();
  const advice = context === 'data' ? ' (use YYYY-MM-DD)' : '';
  if (s === '') return fail(`empty date${advice}`);
  for (const re of ANCHORED) {
    const m = re.exec(s);
    if (m) return interpret(m.groups ?? {}, s, order, context);
  }
  for (const re of ANCHORED_IMPRECISE) {
    const m = re.exec(s);
    if (m) return interpretImprecise(m.groups ?? {}, s);
  }
  return fail(`${q(s)} is not a date kblint can read${advice}`);
}

// ---------------------------------------------------------------------------
// Dates stated in the body

export interface BodyDateMatch {
  kind: 'published' | 'updated';
  /** The date text as written, without the label or the view count. */
  raw: string;
  date: ParsedDate;
  /** A view count glued to the year (`Feb 5, 202612` → 12), else null. */
  views: number | null;
  /** Offsets into the searched text of the date text (`raw`). */
  start: number;
  end: number;
}

/*
 * Body-label heuristic. A label is one of (case-insensitive): "Date published", "Published",
 * "Posted" (→ published), "Last updated", "Last modified", "Updated" (→ updated); it must
 * start a word, or be glued with a capital letter right after other text (`2025Updated on`,
 * `TBDUpdated on`). It is followed by `:` or `on` (explicit), or by bare spaces; `**` / `_`
 * emphasis around the label is allowed.
 *
 * 1. Label + a date-shaped value (any form in FORMS, even an impossible one like
 *    `2026-02-30` or `31/31/2025`) → a match, wherever it stands. A date right after
 *    "updated on" is a date statement even inside a sentence.
 * 2. Label + explicit `:`/`on` + something that is not date-shaped → a match with
 *    `date.ok === false` only when the label is at a metadata position: at the start of
 *    a line (after optional `#`, `>`, `*`, `_`), after a sentence end (`.` `!` `?`), after a
 *    separator (`·` `|` `•` `(` `[`, or a dash with a space after it), or glued straight after
 *    the previous date/view count. The value is the text up to the end of the line, a
 *    separator or the next label, and must look like a placeholder, not prose: at most
 *    two words (`TBD`, `N/A`, `coming soon`), or at most four words containing a digit
 *    (`Febuary 5, 2026`, `Q3 2025`), and not starting with a prose word ("the", "our",
 *    "request", …). "Updated on Friday the team…" and "published on our blog" never match.
 * 3. Anything else (bare label + non-date, prose positions) → no match.
 */
const H = '[ \\t\\u00a0]';
const LABEL_RE = new RegExp(
  `(?<label>date${H}+published|last${H}+updated|last${H}+modified|published|posted|updated)` +
    // ":" with emphasis and spaces around it in any order: "**Posted:** …", a
    // badly closed "**Posted: **…", "_Updated_: …".
    `(?<sep>[*_]{0,2}${H}*:(?:[*_]|${H}){0,6}|${H}+on(?![a-z0-9])${H}*:?(?:[*_]|${H}){0,6}|[*_]{0,2}${H}+)`,
  'gi',
);
const NEXT_LABEL_RE = /(?:date[ \t\u00a0]+published|last[ \t\u00a0]+(?:updated|modified)|published|posted|updated)[ \t\u00a0]*(?::|on(?![a-z0-9]))/i;
const PROSE_FIRST_WORDS = new Set([
  'a', 'an', 'the', 'our', 'your', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those',
  'each', 'every', 'request', 'demand', 'schedule', 'occasion', 'behalf', 'top', 'it', 'them', 'and', 'or',
]);

function isWordStart(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined || !/[a-z]/i.test(prev)) return true;
  const first = text[i] ?? '';
  return first !== first.toLowerCase(); // glued after a word: `TBDUpdated on`
}

function atMetadataPosition(text: string, i: number, prevEnd: number): boolean {
  if (i === prevEnd) return true; // glued to the previous match
  let j = i - 1;
  while (j >= 0 && /[ \t\u00a0*_#>]/.test(text[j] ?? '')) j--;
  if (j < 0) return true;
  const c = text[j] ?? '';
  if (/[\r\n.!?·|•([]/.test(c) || /\d/.test(c)) return true;
  return /[-–—]/.test(c) && j < i - 1 && /[ \t\u00a0]/.test(text[j + 1] ?? '');
}

/** The placeholder value after a label at a metadata position, or null if it reads as prose. */
function placeholderValue(text: string, from: number): { raw: string; end: number } | null {
  let seg = text.slice(from);
  const stop = /[\r\n·|•]/.exec(seg);
  if (stop) seg = seg.slice(0, stop.index);
  const next = NEXT_LABEL_RE.exec(seg.slice(1));
  if (next) seg = seg.slice(0, next.index + 1);
  const raw = seg.replace(/[\s.,;:*_)\]]+$/, '');
  if (raw === '' || raw.length > 32) return null;
  const words = raw.split(/\s+/);
  if (words.length > (/\d/.test(raw) ? 4 : 2)) return null;
  if (PROSE_FIRST_WORDS.has((words[0] ?? '').toLowerCase())) return null;
  return { raw, end: from + raw.length };
}

/** Find "Published on …" / "Updated on …" statements in prose. */
export function findBodyDates(text: string, order: DateOrder = 'month-first'): BodyDateMatch[] {
  const out: BodyDateMatch[] = [];
  const labels = new RegExp(LABEL_RE.source, LABEL_RE.flags);
  let prevEnd = -1;
  for (let lm = labels.exec(text); lm !== null; lm = labels.exec(text)) {
    const g = lm.groups ?? {};
    const labelStart = lm.index;
    const valueStart = labelStart + lm[0].length;
    if (!isWordStart(text, labelStart)) {
      labels.lastIndex = labelStart + 1;
      continue;
    }
    const kind = /^(?:date\s+published|published|posted)$/i.test(g.label ?? '') ? 'published' : 'updated';

    let found: BodyDateMatch | null = null;
    let consumed = valueStart;
    for (const re of STICKY) {
      re.lastIndex = valueStart;
      const dm = re.exec(text);
      if (!dm) continue;
      const views = dm.groups?.views;
      const raw = views === undefined ? dm[0] : dm[0].slice(0, -views.length);
      found = {
        kind,
        raw,
        date: parseDateText(raw, order, 'prose'),
        views: views === undefined ? null : Number(views.replace(/,/g, '')),
        start: valueStart,
        end: valueStart + raw.length,
      };
      consumed = valueStart + dm[0].length;
      break;
    }
    const explicit = /:|on/i.test(g.sep ?? '');
    if (!found && explicit) {
      for (const re of STICKY_IMPRECISE) {
        re.lastIndex = valueStart;
        const dm = re.exec(text);
        if (!dm) continue;
        found = { kind, raw: dm[0], date: parseDateText(dm[0], order, 'prose'), views: null, start: valueStart, end: valueStart + dm[0].length };
        consumed = found.end;
        break;
      }
    }
    if (!found && explicit && atMetadataPosition(text, labelStart, prevEnd)) {
      const p = placeholderValue(text, valueStart);
      if (p) {
        found = { kind, raw: p.raw, date: parseDateText(p.raw, order, 'prose'), views: null, start: valueStart, end: p.end };
        consumed = p.end;
      }
    }
    if (found) {
      out.push(found);
      prevEnd = consumed;
      labels.lastIndex = consumed;
    } else {
      labels.lastIndex = valueStart;
    }
  }
  return out;
}
