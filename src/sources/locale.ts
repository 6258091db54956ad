// Locales of articles: from the article itself (frontmatter `locale`, Zendesk
// `locale`, `<html lang>`), or from a locale folder (`en-us/`, `fr/`, `pt-br/`)
// in the article's path under the config folder. Pure functions.
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';

const DEFAULT_SOURCE_LOCALE = 'en-us';

const SHAPE = /^([a-z]{2})(?:[-_](?:[a-z]{4}|[a-z]{2}|\d{3}))?(?:[-_](?:[a-z]{2}|\d{3}))?$/i;
let names: Intl.DisplayNames | null | undefined;

/** `fr`, `en-us`, `pt_BR`, `zh-Hant-TW`, `es-419`: a two-letter language code, optionally with script and region. */
export function isLocaleCode(segment: string): boolean {
  const m = SHAPE.exec(segment);
  if (!m) return false;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
  }
  return names === null || names.of(m[1]!.toLowerCase()) !== undefined;
}

export function normalizeLocale(locale: string): string {
  return locale.trim().replace(/_/g, '-').toLowerCase();
}

interface FolderLocale {
  locale: string;
  /** The path under the config folder with the locale folder taken out: what translations share. */
  sharedPath: string;
}

/** The first locale folder in the file's path under the config folder (`fr/account/x.md` → fr). */
export function folderLocale(absolutePath: string, config: ResolvedConfig): FolderLocale | null {
  const segments = relativeSegments(absolutePath, config);
  for (let i = 0; i < segments.length - 1; i++) {
    if (isLocaleCode(segments[i]!)) {
      return { locale: normalizeLocale(segments[i]!), sharedPath: [...segments.slice(0, i), ...segments.slice(i + 1)].join('/') };
    }
  }
  return null;
}

/** The path under the config folder, locale folder removed: the key a source and its translations share. */
export function sharedPath(absolutePath: string, config: ResolvedConfig): string {
  return folderLocale(absolutePath, config)?.sharedPath ?? relativeSegments(absolutePath, config).join('/');
}

function relativeSegments(absolutePath: string, config: ResolvedConfig): string[] {
  const relative = path.relative(config.baseDir, absolutePath).split(path.sep);
  const lastUp = relative.lastIndexOf('..');
  return relative.slice(lastUp + 1).filter((s) => s !== '' && s !== '.');
}

/** The configured source locale (default en-us). */
export function sourceLocale(config: ResolvedConfig): string {
  return normalizeLocale(config.sources?.sourceLocale ?? DEFAULT_SOURCE_LOCALE);
}

/** Whether a locale is the source locale: the same tag, or its bare language (`en` for `en-us`). */
export function isSourceLocale(locale: string, source: string): boolean {
  const l = normalizeLocale(locale);
  const s = normalizeLocale(source);
  return l === s || l === s.split('-')[0] || s === l.split('-')[0];
}
