// For each error code an article mentions: does the article say what it means
// and how to get past it? Judged on the mention's section (from the heading
// above it to the next heading of the same or higher level; the whole article
// when no heading is above it). Built once per article and shared by the two
// rules and `kblint codes`.
import type { Article } from '../model/types.js';
import { type CatalogEntry, lookupCode } from './catalog.js';
import { type CodeMention, type CodeSettings, detectMentions, ownHeading } from './detect.js';
import { type ArticleText, extractText, headingAt, type TextUnit } from './text.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { codeWork } from './work.js';
import { firstAtLeast } from '../util/first-at-least.js';

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
  const index = new SectionIndex(text, mentions);
  const articleLevel = articleLevelHelp(text, index);
  const codes: CodeReport[] = [];
  for (const [key, list] of byKey) {
    const entry = lookupCode(settings.catalog, key);
    const speaksFor = (h: ArticleLevelHelp) => !index.anyMentionIn(h.from, h.to) || index.mentionOfKeyIn(key, h.from, h.to);
    let meaning = articleLevel.some((h) => h.kind === 'cause' && speaksFor(h)) || (byKey.size <= 2 && explainsThisError(text));
    let resolution = articleLevel.some((h) => h.kind === 'fix' && speaksFor(h));
    // A scope already judged without success for this spelling of the code: a
    // later mention whose scope lies inside it needs no second look (this
    // keeps the analysis linear in the mentions of a section).
    const judged = new Map<string, { meaning: boolean; resolution: boolean }>();
    const labelled = new Map<string, boolean>();
    const judgedStops = new Map<string, number>();
    for (const mention of list) {
      if (meaning && resolution) break;
      const scope = index.scopeOf(mention);
      const cacheKey = `${mention.code}\u0000${scope.id}`;
      const stopKey = `${mention.code}\u0000${scope.stop}`;
      let verdict = judged.get(cacheKey);
      const firstBlock = scope.whole ? undefined : judgedStops.get(stopKey);
      // Inside a scope judged before: what it found is already counted.
      if (!verdict && firstBlock !== undefined && mention.unit.block > firstBlock) verdict = { meaning: false, resolution: false };
      if (!verdict) {
        if (!scope.whole && firstBlock === undefined) judgedStops.set(stopKey, mention.unit.block);
        const units = index.units(scope);
        verdict = { meaning: scopeSaysMeaning(units, mention, entry), resolution: scopeSaysResolution(units, entry) };
        judged.set(cacheKey, verdict);
      }
      const headingKey = `${mention.code}\u0000${scope.section.from}`;
      let byHeading = labelled.get(headingKey);
      if (byHeading === undefined) {
        byHeading = headingLabels(mention, text, scope.section.from) || ownHeadingExplained(mention, text, index, scope.section);
        labelled.set(headingKey, byHeading);
      }
      meaning ||= mention.inLink || verdict.meaning || rowSaysMeaning(mention) || byHeading || index.labelItemExplained(mention);
      resolution ||= verdict.resolution || rowSaysResolution(mention);
    }
    const anchor = list.find((m) => m.where !== 'code-block') ?? null;
    codes.push({ key, code: list[0]!.code, mentions: list, ...(entry ? { entry } : {}), meaning, resolution, anchor });
  }
  return { codes };
}

interface Section {
  /** Blocks [from, to). */
  from: number;
  to: number;
}

/**
 * The text that must explain a mention: its whole section when the section is
 * about this code alone; otherwise the block it is in (the row, for a table)
 * and the blocks after it up to the next one that names another code.
 * `id` names the scope: equal ids, equal text (or, for a later mention, text
 * inside an earlier scope with the same stop).
 */
interface Scope {
  id: string;
  section: Section;
  whole: boolean;
  mention: CodeMention;
  stop: number;
}

/** Sections, units by block and mentions by block, indexed once per article so that no mention scans the article. */
class SectionIndex {
  private readonly sectionOfBlock: Section[] = [];
  private readonly unitsFrom: number[] = [];
  private readonly unitsTo: number[] = [];
  /** Mentions before each block (prefix counts, length blocks + 1). */
  private readonly mentionsBefore: number[];
  /** Blocks holding each key, ascending. */
  private readonly blocksOfKey = new Map<string, number[]>();
  /** Per block with mentions: its only key, or null when it holds several. */
  private readonly soleKey = new Map<number, string | null>();
  /** Per section (by its first block): the blocks with mentions, ascending, and for each the index of the next block whose key differs. */
  private readonly mentionBlocks = new Map<number, { blocks: number[]; nextDifferent: number[]; keys: Set<string> }>();
  /** Keys mentioned in each unit. */
  private readonly keysOfUnit = new Map<TextUnit, Set<string>>();
  private readonly unitIndex = new Map<TextUnit, number>();

  constructor(
    private readonly text: ArticleText,
    mentions: CodeMention[],
  ) {
    const { blocks, headings, units } = text;
    units.forEach((u, i) => this.unitIndex.set(u, i));
    // Each heading's section ends at the next heading of the same or a higher level.
    const ends = new Array<number>(headings.length).fill(blocks);
    const open: number[] = [];
    headings.forEach((h, i) => {
      while (open.length > 0 && headings[open[open.length - 1]!]!.depth >= h.depth) ends[open.pop()!] = h.block;
      open.push(i);
    });
    let h = -1;
    for (let b = 0; b < blocks; b++) {
      while (h + 1 < headings.length && headings[h + 1]!.block <= b) h++;
      this.sectionOfBlock.push(h < 0 ? { from: 0, to: blocks } : { from: headings[h]!.block, to: ends[h]! });
    }
    this.unitsFrom = new Array<number>(blocks + 1).fill(units.length);
    this.unitsTo = new Array<number>(blocks + 1).fill(units.length);
    for (let i = units.length - 1; i >= 0; i--) this.unitsFrom[units[i]!.block] = i;
    for (let b = blocks - 1; b >= 0; b--) this.unitsTo[b] = this.unitsFrom[b + 1]! < this.unitsFrom[b]! ? this.unitsFrom[b]! : this.unitsFrom[b + 1]!;
    for (let b = 0; b < blocks; b++) if (this.unitsFrom[b]! > this.unitsTo[b]!) this.unitsFrom[b] = this.unitsTo[b]!;

    this.mentionsBefore = new Array<number>(blocks + 1).fill(0);
    const sorted = [...mentions].sort((a, b) => a.unit.block - b.unit.block);
    for (const m of sorted) {
      this.mentionsBefore[m.unit.block + 1]!++;
      const list = this.blocksOfKey.get(m.key);
      if (!list) this.blocksOfKey.set(m.key, [m.unit.block]);
      else if (list[list.length - 1] !== m.unit.block) list.push(m.unit.block);
      const sole = this.soleKey.get(m.unit.block);
      if (sole === undefined) this.soleKey.set(m.unit.block, m.key);
      else if (sole !== m.key) this.soleKey.set(m.unit.block, null);
      const keys = this.keysOfUnit.get(m.unit);
      if (keys) keys.add(m.key);
      else this.keysOfUnit.set(m.unit, new Set([m.key]));
      const section = this.sectionOfBlock[m.unit.block]!;
      let entry = this.mentionBlocks.get(section.from);
      if (!entry) this.mentionBlocks.set(section.from, (entry = { blocks: [], nextDifferent: [], keys: new Set() }));
      entry.keys.add(m.key);
      if (entry.blocks[entry.blocks.length - 1] !== m.unit.block) entry.blocks.push(m.unit.block);
    }
    for (let b = 0; b < blocks; b++) this.mentionsBefore[b + 1]! += this.mentionsBefore[b]!;
    for (const entry of this.mentionBlocks.values()) {
      const { blocks: list, nextDifferent } = entry;
      nextDifferent.length = list.length;
      for (let i = list.length - 1; i >= 0; i--) {
        const sole = this.soleKey.get(list[i]!);
        const next = i + 1;
        nextDifferent[i] = next >= list.length || sole === null || this.soleKey.get(list[next]!) !== sole ? next : nextDifferent[next]!;
      }
    }
  }

  /**
   * "- Error 50110⏎⏎  The IP address is missing …": a list item whose first
   * paragraph is the code alone, followed by a paragraph of the same list: its explanation.
   */
  labelItemExplained(mention: CodeMention): boolean {
    const unit = mention.unit;
    if (unit.kind !== 'paragraph' || !unit.inList || !ownHeading(unit.text.trim(), mention.code)) return false;
    const next = this.text.units[this.unitIndex.get(unit)! + 1];
    return next !== undefined && next.block === unit.block && next.kind === 'paragraph' && next.inList === true && (next.text.match(/\p{L}{2,}/gu) ?? []).length >= 3;
  }

  private readonly ids = new Map<object, number>();
  private idOf(thing: object): number {
    let id = this.ids.get(thing);
    if (id === undefined) this.ids.set(thing, (id = this.ids.size));
    return id;
  }

  section(block: number): Section {
    return this.sectionOfBlock[block] ?? { from: 0, to: this.text.blocks };
  }

  anyMentionIn(from: number, to: number): boolean {
    return this.mentionsBefore[Math.min(to, this.text.blocks)]! - this.mentionsBefore[from]! > 0;
  }

  mentionOfKeyIn(key: string, from: number, to: number): boolean {
    const list = this.blocksOfKey.get(key) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! < to;
  }

  /** Does any unit of block `from` … `to` - 1 hold text other than a heading? */
  hasBody(from: number, to: number): boolean {
    for (let b = from + 1; b < to; b++) {
      for (let i = this.unitsFrom[b]!; i < this.unitsTo[b]!; i++) {
        const u = this.text.units[i]!;
        if (u.kind !== 'heading' && u.text.trim().length > 0) return true;
      }
    }
    return false;
  }

  scopeOf(mention: CodeMention): Scope {
    const block = mention.unit.block;
    const section = this.section(block);
    const entry = this.mentionBlocks.get(section.from)!;
    const alone = entry.keys.size === 1;
    if (alone) return { id: `s${section.from}`, section, whole: true, mention, stop: section.to };
    // The next block after this one that names another code.
    let at = firstAtLeast(entry.blocks, block + 1);
    if (at < entry.blocks.length && this.soleKey.get(entry.blocks[at]!) === mention.key) at = entry.nextDifferent[at]!;
    const stop = at < entry.blocks.length ? entry.blocks[at]! : section.to;
    // Mentions in the same block (and row) with the same stop share a scope;
    // later blocks with that stop lie inside the first one's.
    const row = mention.unit.row ? `r${this.idOf(mention.unit.row)}` : '';
    const ownUnit = mention.unit.row ? '' : this.keysOfUnit.get(mention.unit)!.size > 1 ? `u${this.idOf(mention.unit)}` : '';
    return { id: `b${block}:${stop}:${row}${ownUnit}`, section, whole: false, mention, stop };
  }

  units(scope: Scope): TextUnit[] {
    const { section, mention, stop } = scope;
    const keep = (u: TextUnit) => u.kind !== 'heading' && u.kind !== 'code';
    const result: TextUnit[] = [];
    const take = (from: number, to: number, filter: (u: TextUnit) => boolean) => {
      for (let b = from; b < to; b++) {
        for (let i = this.unitsFrom[b]!; i < this.unitsTo[b]!; i++) {
          const u = this.text.units[i]!;
          if (keep(u) && filter(u)) result.push(u);
        }
      }
    };
    if (scope.whole) take(section.from, section.to, () => true);
    else {
      const block = mention.unit.block;
      const others = (u: TextUnit) => [...(this.keysOfUnit.get(u) ?? [])].some((k) => k !== mention.key);
      take(block, block + 1, (u) => u === mention.unit || (mention.unit.row ? u.row === mention.unit.row : !others(u)));
      take(block + 1, stop, () => true);
    }
    codeWork.unitsJudged += result.length;
    return result;
  }
}


const CAUSE_HEADING =
  /\b(?:causes?|reasons?|what (?:it|this|the error) means|explanation|meaning)\b|\bwhy\b.*\b(?:errors?|fails?|failed|failing|happens?|occurs?|appears?|shows?|see|get)\b/i;
const FIX_HEADING = /\b(resolutions?|resolve|resolving|solutions?|solving|workarounds?|fix|fixing|fixes|how to (?:fix|resolve|solve)|what to do|troubleshoot\w*)\b/i;

interface ArticleLevelHelp {
  kind: 'cause' | 'fix';
  /** The section's blocks [from, to): it speaks for the codes named there, or for every code when it names none. */
  from: number;
  to: number;
}

/**
 * Sections such as "Cause" and "Resolution" speak for every code the article
 * names, unless they name codes themselves (then only for those).
 */
function articleLevelHelp(text: ArticleText, index: SectionIndex): ArticleLevelHelp[] {
  const found: ArticleLevelHelp[] = [];
  for (const h of text.headings) {
    if (h.depth < 2) continue;
    const cause = CAUSE_HEADING.test(h.text);
    const fix = FIX_HEADING.test(h.text);
    if (!cause && !fix) continue;
    const { from, to } = index.section(h.block);
    if (!index.hasBody(from, to)) continue;
    if (cause) found.push({ kind: 'cause', from, to });
    if (fix) found.push({ kind: 'fix', from, to });
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
      labelled: new RegExp(
        `${code}["”'*_)\\]]*\\s*(?:(?:[:–—]|-\\s)\\s*["“]?\\p{L}|["“«]\\p{L}|\\.\\s+\\p{Lu}\\p{Ll}+ (?:\\p{L}+ ){2}|\\(\\s*["“]?\\p{L}[^)]*\\s\\p{L})`,
        'iu',
      ),
      everywhere: new RegExp(code, 'gi'),
      label: new RegExp(`^\\W*(?:(?:error|code|status|fault)\\s*)*${code}\\b[\\s\\d:()"'*_.,–—-]*(.*)$`, 'iu'),
    };
    byCode.set(written, found);
  }
  return found;
}

/** Does the scope's text say what the code means? (The mention's own table row is judged apart, in rowSaysMeaning.) */
function scopeSaysMeaning(scope: TextUnit[], mention: CodeMention, entry: CatalogEntry | undefined): boolean {
  const all = sentences(scope);
  if (scope.some((u) => CAUSE_LABEL.test(u.text))) return true;
  if (entry && fuzzyContains(all.join(' '), entry.message)) return true;
  if (all.some((s) => EXPLAIN.test(s))) return true;
  const { conditionalAt, labelled } = codeRegexes(mention.code);
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
  return scope.some((u) => labelled.test(u.text));
}

/** Another cell of the mention's table row, of two words or more, that is not a "what to do" column. */
function rowSaysMeaning(mention: CodeMention): boolean {
  const row = mention.unit.row;
  if (!row || mention.unit.column === undefined) return false;
  return row.cells.some(
    (cell, i) => i !== mention.unit.column && !FIX_COLUMN.test(row.headers[i] ?? '') && (cell.match(/\p{L}{2,}/gu) ?? []).length >= 2,
  );
}

const FIX_COLUMN = /\b(what to do|resolution|resolve|solution|fix|action|how to|workaround|next steps?|remedy|troubleshoot\w*)\b/i;

const FIX_LABEL = /^\s*(?:suggested|recommended)? ?(?:actions?|solutions?|resolutions?|workarounds?|what to do|how to (?:fix|resolve) (?:it|this)|fix|next steps?|steps to (?:fix|resolve))\s*(?::|$)/i;
const CAUSE_LABEL = /^\s*(?:causes?|reasons?|why|what (?:it|this) means|explanation|meaning|description)\s*(?::|$)/i;

function scopeSaysResolution(scope: TextUnit[], entry: CatalogEntry | undefined): boolean {
  if (scope.some((u) => u.ordered || u.link || FIX_LABEL.test(u.text))) return true;
  const all = sentences(scope);
  if (entry?.resolution && fuzzyContains(all.join(' '), entry.resolution)) return true;
  return all.some((s) => IMPERATIVE.test(s.replace(/^[^\p{L}]+/u, '')) || FIX.test(s));
}

function rowSaysResolution(mention: CodeMention): boolean {
  const row = mention.unit.row;
  if (!row) return false;
  return row.cells.some((cell, i) => (FIX_COLUMN.test(row.headers[i] ?? '') && cell.trim().length > 0) || FIX.test(cell));
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

function headingLabels(mention: CodeMention, text: ArticleText, from: number): boolean {
  const heading = headingAt(text, from);
  if (heading && heading.block !== from) return false;
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

/** "## 421" then "Service not available, closing the channel.": a heading of its own, followed by what it means. */
function ownHeadingExplained(mention: CodeMention, text: ArticleText, index: SectionIndex, section: Section): boolean {
  const heading = headingAt(text, section.from);
  if (!heading || heading.block !== section.from || heading.depth < 2 || !ownHeading(heading.text, mention.code)) return false;
  return index.hasBody(section.from, section.to);
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
