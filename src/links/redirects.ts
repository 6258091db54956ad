// Redirect maps (`links.redirects`): a page that moved is still reached
// through the site's redirects, so a link to its old path is a
// `redirected-link` with the final path, not a `broken-link`. Read once per
// run, when the internal-targets corpus fact is built (the only I/O), and
// only when `links.redirects` names maps.
//
// Formats, told apart by file name and content:
// - `netlify.toml`: `[[redirects]]` tables with `from`, `to`, `status`;
// - `_redirects` (Netlify, Cloudflare Pages): lines `from to [status]`;
// - JSON: `{ "/old": "/new" }`, `[{ "from", "to", "status"? }]`, or a Zendesk
//   Guide redirect rules export (`{ "redirect_rules": [{ "redirect_from",
//   "redirect_to", "redirect_status" }] }`, or the bare array);
// - CSV: `from,to[,status]`, with or without a header row.
// Only redirects count (3xx; no status means 301): a 200 rewrite or a 404
// rule does not move a page. `/*` in `from` with `:splat` in `to` maps a prefix.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ResolvedConfig } from '../config/schema.js';

export { RedirectMap, type Redirect, type RedirectHit } from './redirect-map.js';
import { RedirectMap, type Redirect } from './redirect-map.js';

/** The configured maps, read and parsed; a map that cannot be read or parsed is an error naming the file. */
export async function loadRedirects(config: ResolvedConfig): Promise<RedirectMap> {
  const configured = config.links?.redirects;
  const files = configured === undefined ? [] : Array.isArray(configured) ? configured : [configured];
  const all: Redirect[] = [];
  for (const file of files) {
    const absolute = path.resolve(config.baseDir, file);
    const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`links.redirects: cannot read ${file} (${error.code ?? error.message})`);
    });
    try {
      all.push(...parseRedirects(text, file));
    } catch (error) {
      throw new Error(`links.redirects: cannot read the redirects in ${file}: ${(error as Error).message}`);
    }
  }
  return new RedirectMap(all);
}

/** The redirects of one map file (the format from its name, else its content). */
export function parseRedirects(text: string, file: string): Redirect[] {
  const name = path.basename(file).toLowerCase();
  const rules =
    name.endsWith('.toml')
      ? fromToml(text)
      : name.endsWith('.json') || /^\s*[[{]/.test(text)
        ? fromJson(text)
        : name.endsWith('.csv')
          ? fromCsv(text)
          : fromRedirectsFile(text);
  return rules
    .filter((r) => r.from !== '' && r.to !== '' && r.status >= 300 && r.status < 400)
    .map((r) => ({ ...r, source: file }));
}

type Rule = Omit<Redirect, 'source'>;

const statusOf = (value: unknown): number => {
  if (value === undefined || value === null || value === '') return 301;
  const n = Number(String(value).replace(/!$/, ''));
  return Number.isInteger(n) ? n : NaN;
};

function fromToml(text: string): Rule[] {
  const data = parseToml(text) as { redirects?: unknown };
  if (data.redirects === undefined) return [];
  if (!Array.isArray(data.redirects)) throw new Error('"redirects" is not a list of [[redirects]] tables');
  return data.redirects.map((r: Record<string, unknown>) => ({ from: String(r.from ?? ''), to: String(r.to ?? ''), status: statusOf(r.status) }));
}

function fromRedirectsFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const parts = content.split(/\s+/);
    // from, then optional query conditions (key=value), then to and an optional status.
    const from = parts[0]!;
    const rest = parts.slice(1).filter((p) => !/^[^/:]+=/.test(p));
    const to = rest[0] ?? '';
    rules.push({ from, to, status: statusOf(rest[1]) });
  }
  return rules;
}

function fromJson(text: string): Rule[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && 'redirect_rules' in data ? (data as { redirect_rules: unknown }).redirect_rules : null;
  if (list === null && data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).map(([from, to]) => ({ from, to: String(to), status: 301 }));
  }
  if (!Array.isArray(list)) throw new Error('expected an object of paths, a list of rules or a Zendesk "redirect_rules" export');
  return list.map((r: Record<string, unknown>) => ({
    from: String(r.from ?? r.redirect_from ?? ''),
    to: String(r.to ?? r.redirect_to ?? ''),
    status: statusOf(r.status ?? r.redirect_status),
  }));
}

function fromCsv(text: string): Rule[] {
  const rows = parseCsv(text, { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  const header = rows[0]?.map((c) => c.toLowerCase()) ?? [];
  const hasHeader = header.some((c) => /from|source|old/.test(c)) && header.some((c) => /to|target|destination|new/.test(c));
  const at = (names: RegExp, fallback: number) => {
    const i = header.findIndex((c) => names.test(c));
    return hasHeader && i >= 0 ? i : fallback;
  };
  const fromAt = at(/from|source|old/, 0);
  const toAt = at(/\bto\b|redirect_to|target|destination|new/, 1);
  const statusAt = at(/status|code|type/, 2);
  return rows.slice(hasHeader ? 1 : 0).map((row) => ({ from: row[fromAt] ?? '', to: row[toAt] ?? '', status: statusOf(row[statusAt]) }));
}
