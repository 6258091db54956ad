// Every YAML parse in kblint goes through here, with the `yaml` library's own
// warnings off: the library reports them through process.emitWarning (an
// unresolved tag, an unknown directive, a map used as a key when turned into
// a plain object), and those print file text to stderr, past kblint's CI-log
// neutraliser. `logLevel: 'error'` keeps errors as they were (unlike
// 'silent', which drops them and allows several documents); only the
// warnings go.
//
// The rest of kblint imports nothing from 'yaml' itself (the node helpers
// frontmatter and review need are re-exported below), so a new parse cannot
// forget the option.
import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export { isMap, isScalar, LineCounter, visit } from 'yaml';
export type { Document, Pair, Scalar } from 'yaml';

/** What every kblint parse passes the library, whatever else it sets. */
const QUIET_YAML = { logLevel: 'error' } as const;

export type YamlOptions = Omit<ParseOptions & DocumentOptions & SchemaOptions, 'logLevel'>;

/** One YAML document, as the library's `parseDocument` gives it, with its warnings off (also when it is turned into JS later). */
export function parseYamlDocument(text: string, options: YamlOptions = {}): Document.Parsed {
  return parseDocument(text, { ...options, ...QUIET_YAML });
}

/** A document's first error: the first line of its message and, when known, where it starts (1-based). */
export interface YamlError {
  message: string;
  line?: number;
  column?: number;
}

/** `file:line:column: invalid YAML: message`, as config files and packs name their errors. */
export function describeYamlError(file: string, error: YamlError): string {
  return `${file}${error.line ? `:${error.line}:${error.column}` : ''}: invalid YAML: ${error.message}`;
}

/** The first error of a document parsed with pretty errors (the default), or null. */
export function firstYamlError(doc: Document.Parsed): YamlError | null {
  const first = doc.errors[0];
  if (!first) return null;
  const at = first.linePos?.[0];
  return { message: first.message.split('\n')[0]!, ...(at ? { line: at.line, column: at.col } : {}) };
}

/**
 * A YAML file's value, read safely: the core schema (no custom tags, no
 * timestamps turned into Dates), a key given twice is an error, at most 100
 * aliases resolved. A syntax error or an alias bomb is returned, not
 * thrown, for the caller to name its file.
 */
export function parseYaml(text: string): YamlValue {
  const doc = parseYamlDocument(text, { schema: 'core', uniqueKeys: true });
  const error = firstYamlError(doc);
  if (error) return { value: undefined, error };
  return yamlValue(doc);
}

export type YamlValue = { value: unknown; error: null } | { value: undefined; error: YamlError };

/** A parsed document as plain data; more than 100 aliases (an alias bomb) is an error returned like a syntax error. */
export function yamlValue(doc: Document.Parsed): YamlValue {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) as unknown, error: null };
  } catch (error) {
    return { value: undefined, error: { message: (error as Error).message.split('\n')[0]! } };
  }
}
