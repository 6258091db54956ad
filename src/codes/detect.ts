// Finding error codes in an article. A string of the code's shape (default:
// five digits) or a code the catalog lists counts only in error context:
// "error", "error code", "code" or "status" right before it ("error" right
// after it), a heading about it, or a table column headed like "Error code".
// Precision over recall: amounts, IDs, phone numbers, dates, versions,
// verification/promo codes and numbers in URLs or unrelated code are skipped.
import type { Span } from '../model/types.js';
import type { ErrorCodeCatalog } from './catalog.js';
import { normalizeCode } from './catalog.js';
import { type ArticleText, headingAt, maskUrls, type TextUnit, unitSpan } from './text.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { codeWork } from './work.js';
import { firstAtLeast } from '../util/first-at-least.js';

export const DEFAULT_CODE_PATTERN = '\\d{5}';

export interface CodeSettings {
  pattern: RegExp;
  catalog: ErrorCodeCatalog | null;
  /** Normalized codes never to treat as error codes. */
  ignore: ReadonlySet<string>;
}

/** Detection settings from their plain form: the pattern's source (default five digits), the catalog, codes to ignore. */
export function createCodeSettings(options: { pattern?: string; catalog?: ErrorCodeCatalog | null; ignore?: readonly string[] } = {}): CodeSettings {
  return {
    pattern: new RegExp(options.pattern ?? DEFAULT_CODE_PATTERN),
    catalog: options.catalog ?? null,
    ignore: new Set((options.ignore ?? []).map(normalizeCode)),
  };
}

export type MentionWhere = 'prose' | 'heading' | 'inline-code' | 'table' | 'code-block';

export interface CodeMention {
  /** As written in the article. */
  code: string;
  /** Normalized (see normalizeCode). */
  key: string;
  where: MentionWhere;
  span: Span;
  unit: TextUnit;
  /** Offsets of the code in the unit's text. */
  start: number;
  end: number;
  /** True when the context right around it says it is an error code (not only the article elsewhere). */
  strong: boolean;
  /** In the text of a link: the link's target is where it is explained. */
  inLink: boolean;
}

const TRIGGERS = new Set(['error', 'errors', 'err', 'code', 'codes', 'status', 'fault', 'exception', 'errorcode', 'error_code', 'errno', 'errcode']);
const AFTER_TRIGGERS = new Set(['error', 'errors', 'err']);
/** Before "12029 error": words that make it a code ("the 12029 error"), not a count ("received 12345 error reports"). */
const BEFORE_AFTER_TRIGGER = new Set(['', 'the', 'a', 'an', 'this', 'that', 'same', 'see', 'sees', 'saw', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'shows', 'show', 'showed', 'returns', 'returned', 'hit', 'hits', 'with', 'or', 'and']);
const FILLERS = new Set([
  'the', 'a', 'an', 'of', 'is', 'was', 'are', 'were', 'with', 'number', 'no', 'nr', 'num', '#', 'message', 'messages', 'msg',
  'shows', 'shown', 'show', 'showing', 'displays', 'displayed', 'returns', 'returned', 'return', 'reads', 'says', 'value',
  'type', 'following', 'this', 'that', 'same', 'and', 'or', 'also', 'like', 'such', 'as', 'eg', 'e.g', 'ie', 'i.e', 'api', 'app',
]);
/** A word right before the number (before any trigger) that makes it an identifier, a phone number, a version… */
const ID_WORDS = new Set([
  'id', 'ids', 'uid', 'uids', 'guid', 'uuid', 'userid', 'orderid', 'order', 'orders', 'ticket', 'tickets', 'case', 'ref', 'reference',
  'transaction', 'txid', 'tx', 'txn', 'hash', 'invoice', 'receipt', 'tracking', 'serial', 'sku', 'item', 'product', 'model', 'part',
  'kb', 'article', 'event', 'phone', 'tel', 'telephone', 'mobile', 'fax', 'call', 'hotline', 'whatsapp', 'zip', 'zipcode', 'postal',
  'postcode', 'pin', 'port', 'version', 'ver', 'v', 'build', 'release', 'patch', 'extension', 'ext', 'room', 'suite', 'apt', 'box',
  'route', 'flight', 'block', 'height', 'nonce', 'account', 'acct', 'member', 'customer', 'user', 'employee', 'badge', 'batch',
  'lot', 'bill', 'policy', 'claim', 'session', 'job', 'task', 'process', 'pid', 'thread', 'row', 'line', 'page', 'step', 'chapter',
  'section', 'figure', 'table', 'issue', 'bug', 'incident', 'request', 'kyc', 'vip', 'level', 'tier', 'year', 'years', 'since', 'in',
  'until', 'from', 'to', 'by', 'before', 'after', 'on', 'at', 'over', 'under', 'above', 'below', 'than', 'about', 'around', 'approximately',
  'max', 'min', 'maximum', 'minimum', 'limit', 'total', 'amount', 'price', 'cost', 'fee', 'fees', 'balance', 'volume', 'worth', 'pay',
  'paid', 'sum', 'up', 'least', 'most', 'id:', 'sn', 'imei', 'mac', 'ip', 'address', 'code-named', 'campaign',
]);
/** A word before "code"/"status" that makes it some other kind of code. */
const CODE_QUALIFIERS = new Set([
  'promo', 'promotional', 'promotion', 'referral', 'refer', 'invite', 'invitation', 'coupon', 'voucher', 'discount', 'gift', 'redeem',
  'redemption', 'verification', 'verify', 'confirmation', 'confirm', 'security', '2fa', 'mfa', 'otp', 'totp', 'sms', 'email', 'e-mail',
  'auth', 'authentication', 'authenticator', 'authorization', 'authorisation', 'activation', 'access', 'login', 'sign-in', 'signin',
  'reset', 'recovery', 'backup', 'anti-phishing', 'phishing', 'qr', 'bar', 'barcode', 'bank', 'swift', 'bic', 'sort', 'routing',
  'branch', 'area', 'country', 'dial', 'dialing', 'dialling', 'region', 'postal', 'post', 'zip', 'tax', 'vat', 'license', 'licence',
  'product', 'source', 'currency', 'colour', 'color', 'hs', 'iata', 'airport', 'language', 'locale', 'pin', 'passcode', 'pass',
  'one-time', 'onetime', 'withdrawal', 'deposit', 'memo', 'tag', 'affiliate', 'partner', 'agent', 'merchant', 'store', 'shop', 'item',
  'sku', 'course', 'class', 'unlock', 'pairing', 'device', 'order', 'account', 'payment', 'shipping', 'delivery', 'application',
  'ticket', 'case', 'kyc', 'verification', 'invitation', 'secret', 'sample', 'example', 'zip/postal', 'area/city', 'city', 'state',
  'province', 'secure', 'transfer', 'event', 'lottery', 'reward', 'rewards', 'bonus', 'claim', 'cashback', 'membership', 'member', 'user',
]);
/** When the only trigger is a bare "code", these words in the sentence say it is a code someone types in. */
const TYPED_CODE_CONTEXT =
  /\b(sms|text message|e-?mail(ed)?|sent|send|enter|type|typed|phone|verification|verify|2fa|otp|authenticator|promo|referral|coupon|voucher|discount|invite|invitation|gift|redeem|zip|postal|password|passcode|pin|log ?in|sign[- ]?in|scan|qr|reward|bonus|campaign|apply|checkout|paste|share|claim)\b/i;

const UNITS_AFTER =
  /^\s*(?:%|‰|×|x\b|(?:usd|usdt|usdc|busd|eur|gbp|jpy|cny|rmb|aud|cad|chf|inr|hkd|sgd|krw|try|brl|rub|btc|eth|bnb|sol|xrp|ada|doge|trx|dot|ltc|dollars?|euros?|pounds?|yen|yuan|rupees?|cents?|satoshis?|sats?|coins?|tokens?|shares?|points?|pts|users?|people|persons?|customers?|clients?|members?|employees?|accounts?|subscribers?|followers?|visitors?|views?|downloads?|installs?|requests?|calls?|transactions?|orders?|trades?|items?|rows?|records?|entries|files?|messages?|emails?|mails?|words?|characters?|chars?|lines?|pages?|bytes?|kb|kib|mb|mib|gb|gib|tb|bits?|kbps|mbps|ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times|km|kms|miles?|meters?|metres?|kg|lbs?|mah|kw|kwh|hz|mhz|ghz|px|dpi|rpm|°|degrees?|per|a day|a month|a year|each|and above|or more|or less|or above|or below|to \d)\b)/i;
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽¢]|\b(?:usd|usdt|usdc|eur|gbp|btc|eth|rs\.?|inr|cny|jpy|aud|cad)\s?)$/i;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?$/i;
const MONTH_AFTER = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const SENTENCE_END = /[.!?]["')\]]?(?:\s|$)/g;

/** Column headers under which a value is an error code, and those under which it is not. */
const CODE_HEADER = /\b(error|errors|err|code|codes|status|fault|errno|result)\b/i;
const NOT_CODE_HEADER =
  /\b(id|ids|uid|zip|postal|post|promo|referral|verification|phone|country|area|product|order|account|ticket|sku|model|currency|language|region|tax|hs|iata|swift|bank|branch|dial|coupon|voucher|discount|invite|gift|pin|version|port|http|amount|price|limit|volume|fee|date|year|time)\b/i;

type Verdict = 'strong' | 'none' | 'negative';

interface Candidate {
  code: string;
  key: string;
  unit: TextUnit;
  start: number;
  end: number;
  inCatalog: boolean;
}

/** Find the error-code mentions of an article. Pure. */
export function detectMentions(text: ArticleText, settings: CodeSettings): CodeMention[] {
  const strong: { candidate: Candidate }[] = [];
  const weak: Candidate[] = [];
  const headingAbove = (block: number) => headingAt(text, block)?.text ?? null;

  for (const unit of text.units) {
    const masked = unit.kind === 'code' ? unit.text : maskUrls(unit.text);
    let ends: SentenceEnds | null = null;
    for (const candidate of candidates(unit, masked, settings)) {
      ends ??= sentenceEnds(masked);
      const verdict = unit.kind === 'code' ? codeLineVerdict(masked, candidate) : proseVerdict(masked, ends, candidate, headingAbove(unit.block) ?? '');
      if (verdict === 'strong') strong.push({ candidate });
      else if (verdict === 'none' && unit.kind !== 'code') weak.push(candidate);
    }
  }

  const strongKeys = new Set(strong.map((s) => s.candidate.key));
  const mentions: CodeMention[] = strong.map(({ candidate }) => toMention(candidate, true, text));
  for (const candidate of weak) {
    const heading = headingAbove(candidate.unit.block);
    const accepted =
      strongKeys.has(candidate.key) ||
      (candidate.inCatalog && distinctive(candidate.code)) ||
      (candidate.inCatalog && heading !== null && /\b(errors?|codes?|troubleshoot\w*|fail\w*)\b/i.test(heading)) ||
      // A catalog code with a heading of its own ("## 421", "## Blue Harbor"), or under one.
      (candidate.inCatalog && heading !== null && ownHeading(heading, candidate.code)) ||
      (candidate.inCatalog && outerHeadingAboutCodes(text, candidate.unit.block));
    if (accepted) mentions.push(toMention(candidate, false, text));
  }
  return mentions.sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column);
}

function toMention(candidate: Candidate, strong: boolean, text: ArticleText): CodeMention {
  const { unit, start, end } = candidate;
  const located = unitSpan(unit, start, end, text.toPoint);
  const where: MentionWhere =
    unit.kind === 'code' ? 'code-block' : unit.kind === 'cell' ? 'table' : located.inlineCode ? 'inline-code' : unit.kind === 'heading' ? 'heading' : 'prose';
  return { code: candidate.code, key: candidate.key, where, span: located.span, unit, start, end, strong, inLink: located.inLink };
}

const compiled = new WeakMap<CodeSettings, { catalog: RegExp | null; pattern: RegExp }>();

/** The settings' regular expressions, compiled once. */
function regexesOf(settings: CodeSettings): { catalog: RegExp | null; pattern: RegExp } {
  let found = compiled.get(settings);
  if (!found) {
    const catalogCodes = settings.catalog ? [...settings.catalog.entries.values()].map((e) => e.code) : [];
    // A multi-word code matches across any white space ("Blue⏎Harbor").
    const alternation = catalogCodes
      .sort((a, b) => b.length - a.length)
      .map((code) => escapeRegExp(code).replace(/\s+/g, '\\s+'))
      .join('|');
    const flags = settings.pattern.flags.includes('g') ? settings.pattern.flags : `${settings.pattern.flags}g`;
    found = { catalog: alternation ? new RegExp(`(?:${alternation})`, 'giu') : null, pattern: new RegExp(settings.pattern.source, flags) };
    compiled.set(settings, found);
  }
  return found;
}

function* candidates(unit: TextUnit, masked: string, settings: CodeSettings): Generator<Candidate> {
  const seen = new Set<number>();
  const found: Candidate[] = [];
  const add = (start: number, code: string, inCatalog: boolean) => {
    if (seen.has(start)) return;
    const end = start + code.length;
    if (!boundaryOk(masked, start, end)) return;
    const key = normalizeCode(code);
    if (settings.ignore.has(key)) return;
    if (/^0+$/.test(code)) return; // "00000" is success, not an error
    seen.add(start);
    found.push({ code, key, unit, start, end, inCatalog: inCatalog || (settings.catalog?.entries.has(key) ?? false) });
  };
  const regexes = regexesOf(settings);
  if (regexes.catalog) for (const match of masked.matchAll(regexes.catalog)) add(match.index, match[0], true);
  for (const match of masked.matchAll(regexes.pattern)) if (match[0]) add(match.index, match[0], false);
  yield* found.sort((a, b) => a.start - b.start);
}

/** The match must stand alone: not part of a longer number, word, decimal, range, time or path. */
function boundaryOk(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  const wordChar = /[\p{L}\p{N}_]/u;
  if (wordChar.test(before) || wordChar.test(after)) return false;
  if (/[$€£¥₹₩₽+#@&=\\~]/.test(before)) return false;
  if (/[.,:/\-–]/.test(before) && /[\p{L}\p{N}]/u.test(before2) && !(before === ':' && /\p{L}/u.test(before2))) return false;
  if (/[.,:/\-–]/.test(after) && /[\p{L}\p{N}]/u.test(after2)) return false;
  if (after === '%' || after === '‰') return false;
  return true;
}

interface SentenceEnds {
  /** Where each sentence-ending match starts, and where it stops (the next sentence starts), in text order. */
  starts: number[];
  stops: number[];
}

/** The sentence ends of a unit's text, found once per unit (not once per code in it: a unit may hold thousands). */
function sentenceEnds(text: string): SentenceEnds {
  const starts: number[] = [];
  const stops: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    starts.push(match.index);
    stops.push(match.index + match[0].length);
  }
  return { starts, stops };
}


/** The sentence around [start, end) in the unit's text. */
function sentenceAround(text: string, ends: SentenceEnds, start: number, end: number): { before: string; after: string; sentence: string } {
  // The sentence starts after the last end that stops at or before the code…
  const previous = firstAtLeast(ends.stops, start + 1) - 1;
  const from = previous >= 0 ? ends.stops[previous]! : 0;
  // …and ends with the first sentence end from the code's end on.
  const next = firstAtLeast(ends.starts, end);
  const to = next < ends.starts.length ? ends.starts[next]! + 1 : text.length;
  codeWork.contextChars += to - from;
  return { before: text.slice(from, start), after: text.slice(end, to), sentence: text.slice(from, to) };
}

const clean = (token: string) => token.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}#]+$/gu, '').toLowerCase();

/** Words that say a sentence is about something going wrong. */
const ERRORISH = /\b(?:errors?|fail(?:s|ed|ing|ure)?|problems?|issues?|wrong|invalid|denied|rejected|unable|cannot|can't|couldn't|exception|fault|troubleshoot\w*)\b/i;
/** Other columns that make a "Code"/"Status" column a list of error codes. */
const ERROR_TABLE_HEADER = /\b(?:meaning|message|description|reason|cause|explanation|errors?|solution|resolution|what to do|fix|http)\b/i;

function proseVerdict(masked: string, ends: SentenceEnds, candidate: Candidate, heading: string): Verdict {
  const { unit, start, end } = candidate;
  const { before, after, sentence } = sentenceAround(masked, ends, start, end);
  if (negativeAround(before, after, candidate)) return 'negative';
  if (unit.kind === 'cell' && unit.row && unit.column !== undefined) {
    const header = unit.row.headers[unit.column] ?? '';
    // "| 1000 | OK |": a success status; a number in a settings or log-message column is a value, not a code.
    if (unit.row.cells.some((cell, i) => i !== unit.column && SUCCESS.test(cell.replace(/[*_`"]/g, '').trim()))) return 'negative';
    const rowLabel = unit.column > 0 ? (unit.row.cells[0] ?? '') : '';
    if (VALUE_HEADER.test(header) && !/\b(?:error|code|status|fault)\b/i.test(`${header} ${rowLabel}`)) return 'negative';
  }

  // Words before the code, nearest first.
  const tokens = before.split(/\s+/).map(clean).reverse();
  if (tokens[0] === '') tokens.shift();
  let scanned = 0;
  for (let i = 0; i < tokens.length && scanned < 6; i++) {
    const token = tokens[i]!;
    if (token === '') continue;
    scanned++;
    if (TRIGGERS.has(token)) {
      const qualifier = tokens.slice(i + 1).find((t) => t !== '') ?? '';
      const isCodeWord = token === 'code' || token === 'codes' || token === 'status';
      if (isCodeWord && CODE_QUALIFIERS.has(qualifier)) return 'negative';
      if (isCodeWord && !['error', 'errors', 'err', 'status', 'fault', 'exit', 'return', 'result', 'response', 'reason', 'reply', 'smtp', 'http', 'api'].includes(qualifier)) {
        // A bare "code 12345": a code someone types in, unless the sentence or its heading is about something going wrong.
        if (token !== 'status' && TYPED_CODE_CONTEXT.test(sentence)) return 'negative';
        if (token !== 'status' && !ERRORISH.test(sentence) && !ERRORISH.test(heading)) return 'none';
      }
      return 'strong';
    }
    if (ID_WORDS.has(token) || CODE_QUALIFIERS.has(token)) return 'negative';
    if (FILLERS.has(token) || /^[\p{N}#]+$/u.test(token) || isOtherCode(token, candidate)) continue;
    break;
  }
  // "the 12029 error", "a 50110 error message"
  const [next, following = ''] = after.split(/\s+/).map(clean).filter(Boolean);
  const previous = tokens.find((t) => t !== '') ?? '';
  const counted = /^(?:reports|messages|logs|events|entries|lines|counts|records|notifications|emails|cases|tickets|pages)$/.test(following);
  if (next && AFTER_TRIGGERS.has(next) && BEFORE_AFTER_TRIGGER.has(previous) && !counted) return 'strong';
  // A table column headed like "Error code" (and never one headed like "Order ID").
  if (unit.kind === 'cell' && unit.row && unit.column !== undefined) {
    const header = unit.row.headers[unit.column] ?? '';
    if (NOT_CODE_HEADER.test(header)) return 'negative';
    // A key-value table ("| Event ID | 7010 |"): the row's label says what the value is.
    const label = unit.column > 0 ? (unit.row.cells[0] ?? '') : '';
    if (label.split(/\s+/).length <= 3 && NOT_CODE_HEADER.test(label)) return 'negative';
    if (/\b(?:error|errors|err|fault|errno)\b/i.test(header)) return 'strong';
    // A plain "Code" or "Status" column: only in a table or section about errors.
    const others = unit.row.headers.filter((_, i) => i !== unit.column);
    if (CODE_HEADER.test(header) && (others.some((h) => ERROR_TABLE_HEADER.test(h)) || ERRORISH.test(heading))) return 'strong';
  }
  // "- 50110: IP address not allowed" in a list under a heading about error codes.
  if (unit.inList && /^[\s*_`"]*$/.test(masked.slice(0, start)) && /^[*_`"]*\s*(?:[:–—]|-\s)/.test(masked.slice(end)) && /\b(?:errors?|codes?)\b/i.test(heading)) {
    return 'strong';
  }
  // A heading about an error.
  if (unit.kind === 'heading' && /\berrors?\b/i.test(masked) && !/\b(id|uid|order|ticket|promo|referral)\b/i.test(masked)) return 'strong';
  return 'none';
}

function isOtherCode(token: string, candidate: Candidate): boolean {
  return token.length === candidate.code.length && /^[\p{N}]+$/u.test(token);
}

/** A status that means it worked: "200 OK", "1000 | OK", "code 0 (success)". */
const SUCCESS = /^(?:ok|okay|success|successful|succeeded|no error|none|normal|accepted|created|completed|done|passed)\.?$/i;
const SUCCESS_AFTER = /^[\s"'*_`)\]]*(?:[(:–—-]\s*)?["'*_`]*(?:ok|okay|success(?:ful)?|succeeded|no error)\b/i;
/** Columns of configuration and log tables: their numbers are values, not codes a reader meets. */
const VALUE_HEADER = /\b(?:value|values|default|setting|settings|parameter|parameters|option|options|key|property|properties|config\w*|log|logs|log message|log entry|window|size|timeout|seconds|interval|threshold|example)\b/i;

function negativeAround(before: string, after: string, candidate: Candidate): boolean {
  if (SUCCESS_AFTER.test(after)) return true;
  if (CURRENCY_BEFORE.test(before.trimEnd()) || CURRENCY_BEFORE.test(before)) return true;
  if (UNITS_AFTER.test(after) || /^\s*(?:USDT|USDC|USD|EUR|GBP|BTC|ETH|BNB)\b/.test(after)) return true;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  // Part of a longer run of digit groups: phone numbers, "0800 12345", "12345 6789".
  if (/\d[\s.\-–]$/.test(before) || /\d\)\s?$/.test(before) || /^[\s\-–]\d/.test(after)) return true;
  if (/\+\s?$/.test(before)) return true;
  if (!candidate.inCatalog && /^(?:1[89]|20)\d\d$/.test(candidate.code)) return true; // a year
  return false;
}

/** A line of a code block: the code must be the value of an error-ish key or follow "error"/"code". */
function codeLineVerdict(line: string, candidate: Candidate): Verdict {
  const before = line.slice(0, candidate.start);
  const keyed = /([A-Za-z_][\w-]*)["'`]?\s*[:=]\s*["'`]?\s*$/.exec(before);
  if (keyed) {
    const key = keyed[1]!.toLowerCase().replace(/[-_]/g, '');
    if (/err|fault/.test(key) && !/msg|message|text|desc/.test(key)) return 'strong';
    if (/code$/.test(key) && ['', 's', 'status', 'result', 'return', 'ret', 'response', 'resp', 'exit', 'reason', 'sub', 'api'].includes(key.slice(0, -4))) return 'strong';
    if (key === 'status' || key === 'statuscode') return 'strong';
    return 'none';
  }
  const words = before.trimEnd().split(/\s+/).map(clean);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2] ?? '';
  if ((last === 'error' || last === 'err') || ((last === 'code' || last === 'status') && (prev === 'error' || prev === 'err'))) return 'strong';
  return 'none';
}

/** A heading that is the code, alone or with "error"/"code" words around it. */
export function ownHeading(heading: string, code: string): boolean {
  const rest = heading.toLowerCase().replace(normalizeCode(code), ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return heading.toLowerCase().replace(/\s+/g, ' ').includes(normalizeCode(code)) && /^(?:(?:error|errors|code|codes|status|reply|response|the)\s*)*$/.test(rest);
}

/** Any heading above the block (not only the nearest) is about error codes: "# SMTP reply codes" over "## 421". */
function outerHeadingAboutCodes(text: ArticleText, block: number): boolean {
  const nearest = headingAt(text, block);
  if (!nearest) return false;
  let depth = nearest.depth;
  for (let i = text.headings.indexOf(nearest) - 1; i >= 0 && depth > 1; i--) {
    const h = text.headings[i]!;
    if (h.depth >= depth) continue;
    depth = h.depth;
    if (/\b(?:errors?|codes?|replies|reply codes|status codes)\b/i.test(h.text)) return true;
  }
  return false;
}

/** A catalog code no word or number could be mistaken for: `0x8004010F`, `E1001`, `INVALID_SIGNATURE`. */
function distinctive(code: string): boolean {
  return code.length >= 5 && ((/\p{L}/u.test(code) && /\p{N}/u.test(code)) || /_/.test(code));
}
