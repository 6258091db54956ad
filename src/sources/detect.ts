// Which reader a file needs. The extension decides for Markdown and HTML;
// `.txt` and `.json` files (and files without a known extension) are read by
// content: a help-center listing, or a Zendesk Guide export. Pure functions.
import path from 'node:path';
import type { SourceKind } from '../model/types.js';

export type SourceChoice = SourceKind | 'auto';
export const SOURCE_CHOICES: readonly SourceChoice[] = ['auto', 'markdown', 'html', 'listing', 'zendesk'];

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
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

/** True when the text is a Zendesk Help Center API response: `{"articles": [...]}` or `{"article": {...}}`. */
export function looksLikeZendesk(text: string): boolean {
  return /^\s*\{[\s\S]{0,65536}?"(?:articles|article|translations)"\s*:\s*[[{]/.test(text.slice(0, 1024 * 1024)) && !/^\s*\{\s*"\$schema"/.test(text);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|article[\s>]|main[\s>])/i.test(text.slice(0, 64 * 1024));
}

export type Detection = { ok: true; kind: SourceKind } | { ok: false; reason: string };

/** The reader for a file: by extension, else by content. */
export function detectSource(filePath: string, text: string): Detection {
  const extension = path.extname(filePath).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(extension)) return { ok: true, kind: 'markdown' };
  if (HTML_EXTENSIONS.has(extension)) return { ok: true, kind: 'html' };
  if (extension === '.json') {
    if (looksLikeZendesk(text)) return { ok: true, kind: 'zendesk' };
    return {
      ok: false,
      reason:
        'it is JSON but not a Zendesk Guide export (expected {"articles": [...]}, as the Help Center articles API returns); ' +
        'kblint reads Markdown, HTML, listing text and Zendesk exports',
    };
  }
  if (looksLikeZendesk(text)) return { ok: true, kind: 'zendesk' };
  if (looksLikeHtml(text)) return { ok: true, kind: 'html' };
  if (looksLikeListing(text)) return { ok: true, kind: 'listing' };
  // A .txt file named outright needs only one listing date (a one-entry listing).
  if (extension === '.txt' && new RegExp(LISTING_DATE.source).test(text.slice(0, 256 * 1024))) return { ok: true, kind: 'listing' };
  const what = extension ? `a "${extension}" file` : 'a file without an extension';
  return {
    ok: false,
    reason:
      `it is ${what} that is not a help-center listing (no "Published on …"/"Updated on …" dates), a Zendesk export or HTML; ` +
      'kblint reads Markdown (.md), HTML (.html, .htm), listing text and Zendesk exports (.json). ' +
      'Name the format with --source markdown|html|listing|zendesk to read it anyway',
  };
}

/** Whether a directory scan should pick up this `.txt`/`.json` file (only listings and Zendesk exports). */
export function isSniffedSource(filePath: string, head: string): boolean {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.json') return looksLikeZendesk(head);
  if (extension === '.txt') return looksLikeListing(head);
  return false;
}
