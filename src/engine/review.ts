// Recording a review in an article's frontmatter: one field set to a date,
// added when absent, every other byte left as it was, written atomically.
import { access, constants, readFile, stat } from 'node:fs/promises';
import { detectSource } from '../sources/detect.js';
import { UsageError } from './errors.js';
import { writeFileAtomic, type AtomicWriteHooks } from '../util/write-atomic.js';
import { firstYamlError, isMap, isScalar, parseYamlDocument, type Pair, type Scalar } from '../util/yaml.js';

const FRONTMATTER = /^(\ufeff?)---(\r?\n)([\s\S]*?)(\r?\n)?(---|\.\.\.)[ \t]*(?=\r?\n|$)/;

/**
 * The text with `field` set to `date`. Throws UsageError (the file is left
 * alone) when the frontmatter does not parse or is not a mapping.
 */
export function setFrontmatterDate(text: string, field: string, date: string, name: string): string {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const newline = /\r\n/.test(text) ? '\r\n' : '\n';
    return `${bom}---${newline}${field}: ${date}${newline}---${newline}${text.slice(bom.length)}`;
  }
  const [, bom = '', newline = '\n', body = '', , ] = match;
  const bodyStart = bom.length + 3 + newline.length;
  const doc = parseYamlDocument(body, { version: '1.2', keepSourceTokens: false });
  const error = firstYamlError(doc);
  if (error) throw new UsageError(`${name}: the frontmatter does not parse (${error.message}); fix it first, the file was not changed`);
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new UsageError(`${name}: the frontmatter is not a list of "key: value" fields; the file was not changed`);
  }
  const pair = doc.contents?.items.find((item: Pair) => isScalar(item.key) && String((item.key as Scalar).value) === field);
  if (!pair) {
    // Added as the frontmatter's last line, in the file's own line endings.
    const insertAt = bodyStart + body.length;
    const line = `${body.length === 0 ? '' : newline}${field}: ${date}`;
    return `${text.slice(0, insertAt)}${line}${body.length === 0 ? newline : ''}${text.slice(insertAt)}`;
  }
  const value = pair.value;
  if (isScalar(value) && value.range) {
    const [start, end] = value.range;
    const quote = value.type === 'QUOTE_DOUBLE' ? '"' : value.type === 'QUOTE_SINGLE' ? "'" : '';
    // `updated:` with no value: the date goes after the colon, with a space.
    const space = start === end && body[start - 1] === ':' ? ' ' : '';
    return `${text.slice(0, bodyStart + start)}${space}${quote}${date}${quote}${text.slice(bodyStart + end)}`;
  }
  if (value === null || (isScalar(value) && value.value === null)) {
    // `updated:` with no value: the date goes after the colon.
    const keyEnd = (pair.key as Scalar).range![1];
    const colon = body.indexOf(':', keyEnd);
    return `${text.slice(0, bodyStart + colon + 1)} ${date}${text.slice(bodyStart + colon + 1)}`;
  }
  throw new UsageError(`${name}: "${field}" holds a ${isMap(value) ? 'mapping' : 'list'}, not a date; the file was not changed`);
}

export interface ReviewPlan {
  file: string;
  name: string;
  before: string;
  after: string;
}

/** Reads and checks one file; throws UsageError for what kblint cannot or must not write. */
export async function planReview(file: string, name: string, field: string | ((text: string) => string), date: string): Promise<ReviewPlan> {
  let before: string;
  try {
    before = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${name}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const detected = detectSource(file, before);
  if (!detected.ok || detected.kind !== 'markdown') {
    const kind = detected.ok ? detected.kind : 'unknown';
    throw new UsageError(`${name}: kblint review writes only Markdown frontmatter, and this is ${kind === 'unknown' ? 'not a Markdown file' : `a ${kind} source`}; record the review where the article is edited`);
  }
  try {
    await access(file, constants.W_OK);
  } catch {
    throw new UsageError(`${name}: the file is not writable; the file was not changed`);
  }
  const key = typeof field === 'string' ? field : field(before);
  return { file, name, before, after: setFrontmatterDate(before, key, date, name) };
}

export async function applyReview(plan: ReviewPlan, hooks: AtomicWriteHooks = {}): Promise<void> {
  const { mode } = await stat(plan.file);
  await writeFileAtomic(plan.file, plan.after, { ...hooks, mode });
}
