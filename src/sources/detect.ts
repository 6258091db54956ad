// Which reader a file needs. The extension decides for Markdown and HTML;
// `.txt` and `.json` files (and files without a known extension) are read by
// content: a help-center listing, or a platform's JSON export (detected by the
// platform's own fields, src/sources/platforms/). Pure functions.
import path from 'node:path';
import type { SourceKind } from '../model/types.js';
import { detectPlatform, formatsTried, isZendeskNamesFile } from './platforms/index.js';

export { isJsonSource, SOURCE_CHOICES, type SourceChoice } from './kinds.js';
import { MARKDOWN_EXTENSIONS, SOURCE_CHOICES } from './kinds.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** A "Published on <date>" / "Updated on <date>" label as listings print it. */
const LISTING_DATE = /(?:Published|Updated|Last[ \u00a0]updated|Posted)(?:[ \u00a0]on|:)[ \u00a0]?(?:[A-Z][a-z]{2,8}\.?[ \u00a0]\d{1,2},?[ \u00a0]\d{4}|\d{1,2}[ \u00a0][A-Z][a-z]{2,8}\.?,?[ \u00a0]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})/g;
/** The footer of a listing page: `Showing 1-12 of 12 articles`. */
export const LISTING_FOOTER_SOURCE = String.raw`Showing\s+(\d[\d,]*)\s*[-–]\s*(\d[\d,]*)\s+of\s+(\d[\d,]*)\s+(?:articles?|results?)\.?\s*$`;
/** The footer on a line of its own. */
export const LISTING_FOOTER = new RegExp(String.raw`^\s*` + LISTING_FOOTER_SOURCE, 'im');

/** True when the text reads as a help-center listing export (see README: Sources). */
export function looksLikeListing(text: string): boolean {
  const head = text.slice(0, 256 * 1024);
  if (/^\s*[{[<]/.test(head)) return false;
  const dates = head.match(LISTING_DATE)?.length ?? 0;
  if (dates === 0) return false;
  // The glued export form (`…2026Updated on …`, `…2025Published on`), a footer, or several entries.
  return LISTING_FOOTER.test(head) || /[^\s](?:Published|Updated)[ \u00a0]on[ \u00a0]/.test(head) || dates >= 2;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|article[\s>]|main[\s>])/i.test(text.slice(0, 64 * 1024));
}

export type Detection = { ok: true; kind: SourceKind } | { ok: false; reason: string };

/** Text that is JSON by its first character: an object or a list. */
export function startsLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text.slice(0, 4096));
}

/** Whether a file is read as a JSON export: a `.json` file, or one without a Markdown/HTML extension whose text opens like JSON. */
export function readsAsJson(filePath: string, text: string): boolean {
  const extension = path.extname(filePath).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(extension) || HTML_EXTENSIONS.has(extension)) return false;
  return extension === '.json' || startsLikeJson(text);
}

/** Why a parsed JSON value is no export kblint reads (null when it is one). */
export function notAnExportReason(value: unknown): string | null {
  if (detectPlatform(value)) return null;
  if (isZendeskNamesFile(value)) {
    return 'it is a Zendesk sections/categories list, not articles (name it in sources.zendesk.sections to name the articles\' categories)';
  }
  return `it is JSON but no help-center export kblint reads; tried ${formatsTried()}`;
}

/** The platform of a JSON text, or why it is none. */
export function detectJson(text: string): Detection {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const reader = detectPlatform(value);
  return reader ? { ok: true, kind: reader.kind } : { ok: false, reason: notAnExportReason(value)! };
}

/** Keys that open an export's list or record: a file cut off mid-way is still recognisable by them. */
const EXPORT_OPENING = /^\uFEFF?\s*(?:\[\s*\{|\{[\s\S]{0,65536}?"(?:articles|article|translations|data|records|results|page|type)"\s*:)/;

/**
 * Whether a directory scan should read this JSON file: it is a known export,
 * or it is broken JSON that opens like one (so the cut-off export gets a
 * located error). Otherwise the reason it is skipped.
 */
export function sniffJson(text: string): { keep: true } | { keep: false; reason: string } {
  const detected = detectJson(text);
  if (detected.ok) return { keep: true };
  if (detected.reason.startsWith('it is not valid JSON') && EXPORT_OPENING.test(text.slice(0, 1024 * 1024))) return { keep: true };
  return { keep: false, reason: detected.reason };
}

/** The reader for a file: by extension, else by content. */
export function detectSource(filePath: string, text: string): Detection {
  const extension = path.extname(filePath).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(extension)) return { ok: true, kind: 'markdown' };
  if (HTML_EXTENSIONS.has(extension)) return { ok: true, kind: 'html' };
  if (readsAsJson(filePath, text)) return detectJson(text);
  if (looksLikeHtml(text)) return { ok: true, kind: 'html' };
  if (looksLikeListing(text)) return { ok: true, kind: 'listing' };
  // A .txt file named outright needs only one listing date (a one-entry listing).
  if (extension === '.txt' && new RegExp(LISTING_DATE.source).test(text.slice(0, 256 * 1024))) return { ok: true, kind: 'listing' };
  const what = extension ? `a "${extension}" file` : 'a file without an extension';
  return {
    ok: false,
    reason:
      `it is ${what} that is not a help-center listing (no "Published on …"/"Updated on …" dates), a JSON export or HTML; ` +
      'kblint reads Markdown (.md), HTML (.html, .htm), listing text and help-center platforms\' JSON exports (.json). ' +
      `Name the format with --source ${SOURCE_CHOICES.filter((c) => c !== 'auto').join('|')} to read it anyway`,
  };
}

/** Whether a directory scan should pick up this `.txt` file (only listings; JSON goes by `sniffJson`). */
export function isSniffedSource(filePath: string, head: string): boolean {
  return path.extname(filePath).toLowerCase() === '.txt' && looksLikeListing(head);
}
