// Date parsing for article metadata. Dates are calendar dates (YYYY-MM-DD strings):
// no Date object in local time ever stands between the text and the result, so
// no time zone can move a date by a day.
import type { IsoDate } from '../model/types.js';

export type DateOrder = 'month-first' | 'day-first';

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

/** Parse one date as written in frontmatter or text. TODO(helper): implement. */
export function parseDateText(raw: string, order: DateOrder = 'month-first'): ParsedDate {
  throw new Error('not implemented');
}

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

/** Find "Published on …" / "Updated on …" statements in prose. */
export function findBodyDates(text: string, order: DateOrder = 'month-first'): BodyDateMatch[] {
  throw new Error('not implemented');
}
