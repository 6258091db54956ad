// Untrusted text (titles, paths, messages, URLs from articles) into HTML.
// One escape serves text and double-quoted attributes; URLs become links only
// when they are http(s) or a path we built, never javascript:, data: or the like.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The URL if it is safe as a link target (http, https, or relative without a scheme), else null. */
export function safeLinkTarget(url: string): string | null {
  const trimmed = url.trim();
  // Browsers drop tabs and newlines inside schemes ("java\tscript:"), so judge the URL without them.
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return compact.startsWith('//') ? null : trimmed;
  return scheme === 'http' || scheme === 'https' ? trimmed : null;
}

/** A link when the target is safe, otherwise the URL as plain text. */
export function linkOrText(url: string, text: string = url, className?: string): string {
  const target = safeLinkTarget(url);
  const classes = className ? ` class="${escapeHtml(className)}"` : '';
  return target === null ? `<span class="url">${escapeHtml(text)}</span>` : `<a${classes} href="${escapeHtml(target)}">${escapeHtml(text)}</a>`;
}
