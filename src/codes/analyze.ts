// For each error code an article mentions: does the article say what it means
// and how to get past it? Judged on the mention's section (from the heading
// above it to the next heading of the same or higher level; the whole article
// when no heading is above it). Built once per article and shared by the two
// rules and `kblint codes`.
import type { Article } from '../model/types.js';
import { type CatalogEntry, lookupCode } from './catalog.js';
import { type CodeMention, type CodeSettings, detectMentions } from './detect.js';
import { type ArticleText, extractText, headingAt, type TextUnit } from './text.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface CodeReport {
  key: string;
  /** As first written in the article. */
  code: string;
  mentions: CodeMention[];
  entry?: CatalogEntry;
  /** The article says what the code means. */
  meaning: boolean;
  /** The article says how to resolve it. */
  resolution: boolean;
  /** Where a finding about it goes: the first mention outside code blocks (null when only in code). */
  anchor: CodeMention | null;
}

export interface ArticleCodes {
  codes: CodeReport[];
}

export function analyzeArticle(article: Pick<Article, 'tree' | 'source'>, settings: CodeSettings): ArticleCodes {
  const text = extractText(article.tree, article.source);
  const mentions = detectMentions(text, settings);
  const byKey = new Map<string, CodeMention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const articleLevel = articleLevelHelp(text, mentions);
  const codes: CodeReport[] = [];
  for (const [key, list] of byKey) {
    const entry = lookupCode(settings.catalog, key);
    let meaning =
      articleLevel.some((h) => h.kind === 'cause' && (h.codes.size === 0 || h.codes.has(key))) || (byKey.size <= 2 && explainsThisError(text));
    let resolution = articleLevel.some((h) => h.kind === 'fix' && (h.codes.size === 0 || h.codes.has(key)));
    for (const mention of list) {
      if (meaning && resolution) break;
      const scope = scopeOf(mention, text, mentions);
      meaning ||= mention.inLink || saysMeaning(scope, mention, entry) || headingLabels(mention, text);
      resolution ||= saysResolution(scope, mention, entry);
    }
    const anchor = list.find((m) => m.where !== 'code-block') ?? null;
    codes.push({ key, code: list[0]!.code, mentions: list, ...(entry ? { entry } : {}), meaning, resolution, anchor });
  }
  return { codes };
}

/** The blocks [from, to) of the section a block is in. */
function sectionOf(block: number, text: ArticleText): { from: number; to: number } {
  const heading = headingAt(text, block);
  if (!heading) return { from: 0, to: text.blocks };
  const next = text.headings.find((h) => h.block > heading.block && h.depth <= heading.depth);
  return { from: heading.block, to: next ? next.block : text.blocks };
}

/**
 * The text that must explain a mention: its whole section when the section is
 * about this code alone; otherwise the block it is in (the row, for a table)
 * and the blocks after it up to the next one that names another code.
 */
function scopeOf(mention: CodeMention, text: ArticleText, all: CodeMention[]): TextUnit[] {
  const { from, to } = sectionOf(mention.unit.block, text);
  const inSection = (u: TextUnit) => u.block >= from && u.block < to && u.kind !== 'heading' && u.kind !== 'code';
  const others = all.filter((m) => m.key !== mention.key && m.unit.block >= from && m.unit.block < to);
  if (others.length === 0) return text.units.filter(inSection);
  const otherBlocks = new Set(others.map((m) => m.unit.block));
  const sameBlock = (u: TextUnit) =>
    u === mention.unit || (u.block === mention.unit.block && (mention.unit.row ? u.row === mention.unit.row : !others.some((o) => o.unit === u)));
  let stop = to;
  for (let b = mention.unit.block + 1; b < to; b++) {
    if (otherBlocks.has(b)) {
      stop = b;
      break;
    }
  }
  return text.units.filter((u) => inSection(u) && (sameBlock(u) || (u.block > mention.unit.block && u.block < stop)));
}

const CAUSE_HEADING =
  /\b(?:causes?|reasons?|what (?:it|this|the error) means|explanation|meaning)\b|\bwhy\b.*\b(?:errors?|fails?|failed|failing|happens?|occurs?|appears?|shows?|see|get)\b/i;
const FIX_HEADING = /\b(resolutions?|resolve|resolving|solutions?|solving|workarounds?|fix|fixing|fixes|how to (?:fix|resolve|solve)|what to do|troubleshoot\w*)\b/i;

/**
 * Sections such as "Cause" and "Resolution" speak for every code the article
 * names, unless they name codes themselves (then only for those).
 */
function articleLevelHelp(text: ArticleText, mentions: CodeMention[]): { kind: 'cause' | 'fix'; codes: Set<string> }[] {
  const found: { kind: 'cause' | 'fix'; codes: Set<string> }[] = [];
  for (const h of text.headings) {
    if (h.depth < 2) continue;
    const { from, to } = sectionOf(h.block, text);
    const body = text.units.some((u) => u.block > from && u.block < to && u.kind !== 'heading' && u.text.trim().length > 0);
    if (!body) continue;
    const codes = new Set(mentions.filter((m) => m.unit.block >= from && m.unit.block < to).map((m) => m.key));
    if (CAUSE_HEADING.test(h.text)) found.push({ kind: 'cause', codes });
    if (FIX_HEADING.test(h.text)) found.push({ kind: 'fix', codes });
  }
  return found;
}

const EXPLAIN =
  /\b(?:means?|meaning|indicates?|indicating|signifies|signals that|(?:occurs?|occurring|happens?|appears?|shows? up|pops? up|(?:is|are|gets?) (?:shown|displayed|returned|raised|thrown|triggered|reported|logged|generated|sent))\s+(?:only\s+)?(?:when|whenever|if|because|after|while|due to|as soon as)|caused by|the cause|is caused|because|due to|the reason|results? from|refers? to|stands? for|tells you that|is related to|comes from|is an? (?:\w+ )?(?:error|code) (?:that|for|which))\b/i;

const VERBS =
  'add|adjust|allow|apply|ask|avoid|back|call|cancel|change|check|choose|clear|click|close|configure|confirm|connect|contact|copy|correct|create|deactivate|delete|disable|disconnect|do not|don\'t|download|edit|email|enable|ensure|enter|fix|follow|generate|go|grant|increase|install|lower|log|make|move|navigate|open|press|raise|re-enter|reconnect|reduce|refresh|regenerate|register|reinstall|relaunch|remove|rename|renew|reopen|replace|request|resend|re-send|reset|respect|restart|restore|retry|revoke|run|save|select|send|set|sign|slow|space|start|stop|submit|switch|sync|tap|top|try|turn|type|uninstall|unlock|update|upgrade|upload|use|verify|visit|wait|whitelist|write|read|review|see|look|find|reach|keep|limit|include|synchronize|synchronise';
const IMPERATIVE = new RegExp(
  `^(?:(?:to (?:fix|resolve|solve|avoid|prevent|correct|work around|get past|get around) [^,]{0,80}|if [^,]+|when [^,]+|first|then|next|finally|instead|alternatively|otherwise|in that case|in this case|for (?:this|that) (?:error|code)|for [\\w-]+),?\\s+)?(?:please\\s+)?(?:${VERBS})\\b`,
  'i',
);
const FIX = new RegExp(
  String.raw`\b(?:you (?:should|must|need to|have to|can|could|may need to|will need to|'ll need to|might need to)\s+(?:\w+\s+)?(?:${VERBS})|to (?:fix|resolve|solve|work around|get (?:past|around)|clear) (?:this|it|the (?:error|issue|problem))|please\s+(?:\w+\s+)?(?:${VERBS})|try again|retry|(?:contact|reach out to|call|email|message|ask) (?:our |the |your )?(?:\w+ )?(?:support|customer (?:service|care|support)|help ?desk|service desk|administrator|admin|account manager|it department|it team)|submit a (?:ticket|request|support request))`,
  'i',
);

function sentences(units: TextUnit[]): string[] {
  return units.flatMap((u) => u.text.split(/(?<=[.!?;])\s+/)).map((s) => s.trim()).filter(Boolean);
}

const STOP = new Set(['the', 'and', 'for', 'not', 'are', 'was', 'this', 'that', 'with', 'from', 'your', 'you', 'has', 'have', 'its', 'been', 'into', 'than', 'then', 'there', 'their', 'they', 'our', 'can', 'cannot', 'does', 'did', 'any', 'all', 'out', 'off', 'more', 'less', 'one']);
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)).map(stem);
}

/** Do most of the words of `phrase` appear in `text`? (Wording may differ.) */
function fuzzyContains(text: string, phrase: string): boolean {
  const want = [...new Set(words(phrase))];
  if (want.length === 0) return false;
  const have = new Set(words(text));
  const hits = want.filter((w) => have.has(w)).length;
  return want.length === 1 ? hits === 1 : hits >= 2 && hits / want.length >= 0.7;
}

interface CodeRegexes {
  /** "If you see error 50110, …": a condition naming the code, up to its comma. */
  conditionalAt: RegExp;
  /** The code, then its label: "50110: IP address not allowed", 50110 “Not allowed”. */
  labelled: RegExp;
  /** Every occurrence of the code (global: for replace only). */
  everywhere: RegExp;
  /** A heading that is the code and a label: "Error 50110: IP address not allowed". */
  label: RegExp;
}

// The expressions about one code, compiled once per code as written.
const byCode = new Map<string, CodeRegexes>();

function codeRegexes(written: string): CodeRegexes {
  let found = byCode.get(written);
  if (!found) {
    const code = escapeRegExp(written);
    found = {
      conditionalAt: new RegExp(`\\b(?:if|when|whenever)\\b[^,.]*${code}[^,.]*,\\s*(?=\\p{L})`, 'iu'),
      labelled: new RegExp(`${code}["”'*_)\\]]*\\s*(?:(?:[:–—]|-\\s)\\s*["“]?\\p{L}|["“«]\\p{L}|\\.\\s+\\p{Lu}\\p{Ll}+ (?:\\p{L}+ ){2})`, 'iu'),
      everywhere: new RegExp(code, 'gi'),
      label: new RegExp(`^\\W*(?:(?:error|code|status|fault)\\s*)*${code}\\b[\\s\\d:()"'*_.,–—-]*(.*)$`, 'iu'),
    };
    byCode.set(written, found);
  }
  return found;
}

function saysMeaning(scope: TextUnit[], mention: CodeMention, entry: CatalogEntry | undefined): boolean {
  const all = sentences(scope);
  if (scope.some((u) => CAUSE_LABEL.test(u.text))) return true;
  if (entry && fuzzyContains(all.join(' '), entry.message)) return true;
  if (all.some((s) => EXPLAIN.test(s))) return true;
  const { conditionalAt, labelled } = codeRegexes(mention.code);
  // "If you see error 50110, your IP address …" and "50110: IP address not allowed"
  // "If you see error 50110, your IP address is …" explains; "If you see error 50110, please contact us" only instructs.
  const conditional = { test: (s: string) => {
    const match = conditionalAt.exec(s);
    if (!match) return false;
    const rest = s.slice(match.index + match[0].length);
    return !(IMPERATIVE.test(rest) || /^(?:please|you (?:can|could|should|must|need|may|might|will|have)|kindly|simply|just|try|contact)\b/i.test(rest));
  } };
  if (all.some((s) => conditional.test(s) || causeStatement(s, mention.code) || (quotesMessage(s) && s.toLowerCase().includes(mention.code.toLowerCase())))) {
    return true;
  }
  if (scope.some((u) => labelled.test(u.text))) return true;
  const row = mention.unit.row;
  if (row && mention.unit.column !== undefined) {
    return row.cells.some(
      (cell, i) => i !== mention.unit.column && !FIX_COLUMN.test(row.headers[i] ?? '') && (cell.match(/\p{L}{2,}/gu) ?? []).length >= 2,
    );
  }
  return false;
}

const FIX_COLUMN = /\b(what to do|resolution|resolve|solution|fix|action|how to|workaround|next steps?|remedy|troubleshoot\w*)\b/i;

const FIX_LABEL = /^\s*(?:suggested|recommended)? ?(?:actions?|solutions?|resolutions?|workarounds?|what to do|how to (?:fix|resolve) (?:it|this)|fix|next steps?|steps to (?:fix|resolve))\s*(?::|$)/i;
const CAUSE_LABEL = /^\s*(?:causes?|reasons?|why|what (?:it|this) means|explanation|meaning|description)\s*(?::|$)/i;

function saysResolution(scope: TextUnit[], mention: CodeMention, entry: CatalogEntry | undefined): boolean {
  if (scope.some((u) => u.ordered || u.link || FIX_LABEL.test(u.text))) return true;
  const all = sentences(scope);
  if (entry?.resolution && fuzzyContains(all.join(' '), entry.resolution)) return true;
  if (all.some((s) => IMPERATIVE.test(s.replace(/^[^\p{L}]+/u, '')) || FIX.test(s))) return true;
  const row = mention.unit.row;
  if (row) return row.cells.some((cell, i) => (FIX_COLUMN.test(row.headers[i] ?? '') && cell.trim().length > 0) || FIX.test(cell));
  return false;
}

const CAUSE_VERB =
  /\b(?:fails?|failed|failing|returns?|returned|gets?|got|receives?|received|triggers?|throws?|raises?|produces?|results? in|leads? to|ends? with|comes? back with|(?:is|are|gets?) rejected with)\b/gi;

/**
 * "A bot that sends more than 20 requests per second gets error 50011": the
 * situation that produces the code, as the subject of a sentence; or
 * "error 50110 when you …": the code, then when it happens.
 */
function causeStatement(sentence: string, code: string): boolean {
  const at = sentence.toLowerCase().indexOf(code.toLowerCase());
  if (at < 0) return false;
  if (/^["”'*_)\]]*\s*,?\s*(?:when|whenever|if|after|while|because|as soon as|each time|every time)\b/i.test(sentence.slice(at + code.length))) return true;
  const prefix = sentence.slice(0, at);
  let verbAt = -1;
  for (const match of prefix.matchAll(CAUSE_VERB)) if (at - match.index <= 50) verbAt = match.index;
  if (verbAt < 0) return false;
  const subject = prefix.slice(0, verbAt).match(/\p{L}+/gu) ?? [];
  return subject.length >= 3;
}

/**
 * "## 10199 403 Call rejected as private calling is disabled for the callee":
 * a section headed by the code and what it means. A question ("Why does it
 * show the error 50110 …?") is not an answer.
 */
const HEADING_FILLER = new Set(['error', 'errors', 'code', 'codes', 'status', 'the', 'a', 'an', 'on', 'in', 'of', 'for', 'to', 'with', 'and', 'or', 'when', 'while', 'you', 'your', 'my', 'get', 'see', 'shows', 'message', 'fault', 'number', 'form', 'page', 'screen', 'app']);

function headingLabels(mention: CodeMention, text: ArticleText): boolean {
  const { from } = sectionOf(mention.unit.block, text);
  const heading = text.headings.find((h) => h.block === from);
  if (heading && heading.text.toLowerCase().includes(mention.code.toLowerCase()) && quotesMessage(heading.text)) return true;
  if (!heading || /\?\s*$/.test(heading.text) || /^\W*(?:why|what|how|when|where|can|does|do|is|are)\b/i.test(heading.text)) return false;
  if (heading.depth >= 2 && heading.text.toLowerCase().includes(mention.code.toLowerCase())) {
    const rest = heading.text.replace(codeRegexes(mention.code).everywhere, ' ');
    const content = (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !HEADING_FILLER.has(w.toLowerCase()));
    if (content.length >= 3) return true;
  }
  const label = codeRegexes(mention.code).label.exec(heading.text);
  return label !== null && (label[1]!.match(/\p{L}{2,}/gu) ?? []).filter((w) => !HEADING_FILLER.has(w.toLowerCase())).length >= 2;
}

const THIS_ERROR = /\b(?:this|the|that) (?:error|issue|problem|behaviou?r)s? (?:\w+ ){0,3}?(?:occurs?|happens?|appears?|is caused|is returned|is shown|means|indicates)\b|\b(?:cause|causes|caused|causing) (?:this|the|that) (?:error|issue|problem)\b/i;

/** "This issue occurs because …", "… might also cause this error": an article about one or two codes explains them. */
function explainsThisError(text: ArticleText): boolean {
  return text.units.some((u) => u.kind !== 'code' && u.kind !== 'heading' && THIS_ERROR.test(u.text));
}

/** A quoted error message of two words or more: 'Insufficient balance', "We couldn't connect you". */
function quotesMessage(text: string): boolean {
  return /(?:^|[\s(:])["“'‘]\p{L}[^"”]*?\s\p{L}[^"”]*?["”'’](?=[\s).,:;?!]|$)/u.test(text);
}
