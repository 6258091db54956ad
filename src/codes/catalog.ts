// The error-code catalog: a YAML, JSON or CSV file, relative to the config
// file, mapping each code to what it means and how to get past it. Loaded once
// per run (the catalog run fact, src/codes/facts.ts); every problem is a ConfigError naming the file and
// the entry, which the CLI turns into exit 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { ConfigError } from '../config/load.js';
import { firstYamlError, parseYamlDocument, visit, yamlValue } from '../util/yaml.js';

export interface CatalogEntry {
  /** The code as the catalog writes it. */
  code: string;
  message: string;
  resolution?: string;
  docs?: string;
  deprecated?: boolean;
  /** The code to use instead, for a deprecated one. */
  replacedBy?: string;
}

export interface ErrorCodeCatalog {
  /** The catalog file, as given in the config (for messages). */
  file: string;
  /** Normalized code (see normalizeCode) → entry. */
  entries: ReadonlyMap<string, CatalogEntry>;
}

/**
 * Codes compare without surrounding space and case (`0x8004010f` is
 * `0x8004010F`), and with any run of white space as one space: a named code
 * ("Blue Harbor") may break across a line in the article.
 */
export function normalizeCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function lookupCode(catalog: ErrorCodeCatalog | null | undefined, code: string): CatalogEntry | undefined {
  return catalog?.entries.get(normalizeCode(code));
}

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected text') })
  .trim()
  .min(1, 'must not be empty');
const codeText = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1, 'must not be empty'));
const FLAG_WORDS: Record<string, boolean> = { '': false, true: true, false: false, yes: true, no: false, '1': true, '0': false };
const flag = z.preprocess(
  (v) => (typeof v === 'string' && v.trim().toLowerCase() in FLAG_WORDS ? FLAG_WORDS[v.trim().toLowerCase()] : v),
  z.boolean({ error: 'expected true or false' }),
);

const entrySchema = z.strictObject({
  message: text,
  resolution: text.optional(),
  docs: text.optional(),
  deprecated: flag.optional(),
  replacedBy: codeText.optional(),
});

const listEntrySchema = entrySchema.extend({ code: codeText });

type RawEntry = z.infer<typeof entrySchema>;

/** Read, parse and validate the catalog the config names; null when it names none. */
export function loadCatalog(catalogPath: string, baseDir: string): ErrorCodeCatalog {
  const absolute = path.resolve(baseDir, catalogPath);
  const file = catalogPath;
  let content: string;
  try {
    content = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(`errorCodes.catalog: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseCatalog(content, file);
}

/** Parse catalog text; the format comes from the file's extension (.yaml/.yml, .json, .csv). */
export function parseCatalog(content: string, file: string): ErrorCodeCatalog {
  const ext = path.extname(file).toLowerCase();
  const fail = (detail: string): never => {
    throw new ConfigError(`error-code catalog ${file}: ${detail}`);
  };
  let rows: { label: string; value: unknown; code?: string }[];
  if (ext === '.csv') rows = csvRows(content, fail);
  else if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      return fail(`invalid JSON: ${(error as Error).message}`);
    }
    rows = structuredRows(data, fail);
  } else if (ext === '.yaml' || ext === '.yml') {
    const doc = parseYamlDocument(content, { schema: 'core', uniqueKeys: true });
    const error = firstYamlError(doc);
    if (error) fail(`${error.line ? `line ${error.line}: ` : ''}invalid YAML: ${error.message}`);
    // Keep codes as written: `0x8004010F` and `007` must not become numbers.
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'number' && node.source !== undefined) node.value = node.source;
      },
    });
    const plain = yamlValue(doc);
    if (plain.error) return fail(`invalid YAML: ${plain.error.message}`);
    rows = structuredRows(plain.value, fail);
  } else {
    return fail(`unknown format "${ext || '(no extension)'}": use .yaml, .yml, .json or .csv`);
  }

  const entries = new Map<string, CatalogEntry>();
  for (const row of rows) {
    const schema = row.code === undefined ? listEntrySchema : entrySchema;
    const value = typeof row.value === 'string' && row.code !== undefined ? { message: row.value } : row.value;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      const detail = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
      fail(`${row.label}: ${where}${detail}`);
    }
    const data = parsed.data as RawEntry & { code?: string };
    const code = row.code ?? data.code!;
    const key = normalizeCode(code);
    if (entries.has(key)) fail(`${row.label}: the code "${code}" is listed twice`);
    entries.set(key, {
      code,
      message: data.message,
      ...(data.resolution ? { resolution: data.resolution } : {}),
      ...(data.docs ? { docs: data.docs } : {}),
      ...(data.deprecated ? { deprecated: true } : {}),
      ...(data.replacedBy ? { replacedBy: data.replacedBy } : {}),
    });
  }
  for (const entry of entries.values()) {
    if (entry.replacedBy !== undefined && !entries.has(normalizeCode(entry.replacedBy))) {
      fail(`entry "${entry.code}": replacedBy "${entry.replacedBy}" is not in the catalog`);
    }
    if (entry.replacedBy !== undefined && !entry.deprecated) {
      fail(`entry "${entry.code}": replacedBy is only for deprecated codes (add deprecated: true)`);
    }
  }
  return { file, entries };
}

/** YAML/JSON: a mapping code → entry (or message), a list of entries with `code`, or either under `codes:`. */
function structuredRows(data: unknown, fail: (detail: string) => never): { label: string; value: unknown; code?: string }[] {
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 1 && 'codes' in data) {
    data = (data as { codes: unknown }).codes;
  }
  if (Array.isArray(data)) {
    return data.map((value, index) => {
      const code = value && typeof value === 'object' && 'code' in value ? String((value as { code: unknown }).code) : undefined;
      return { label: code ? `entry ${index + 1} ("${code}")` : `entry ${index + 1}`, value };
    });
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).map(([code, value]) => ({
      label: `entry "${code}"`,
      code,
      value: typeof value === 'string' ? { message: value } : value,
    }));
  }
  return fail('expected a mapping of code → entry, or a list of entries with a "code"');
}

function csvRows(content: string, fail: (detail: string) => never): { label: string; value: unknown; code?: string }[] {
  let records: Record<string, string>[];
  try {
    records = parseCsv(content, { columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return fail(`invalid CSV: ${(error as Error).message}`);
  }
  return records.map((record, index) => {
    const value = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
    const code = record.code;
    return { label: `line ${index + 2}${code ? ` ("${code}")` : ''}`, value };
  });
}
