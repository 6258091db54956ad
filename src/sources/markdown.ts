// Markdown articles: parsed once into mdast (frontmatter + GFM), then turned
// into the Article every rule reads.
import type { Root } from 'mdast';
import type { Article, LintMessage, Span } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { extractMetadata } from '../metadata/extract.js';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';
import { makeArticle, sourceMessage, SourceFormatError, type SourceFile } from './common.js';
import { parseMarkdownTree } from './markdown-parser.js';
import { DEFAULT_TABLE_LIMITS, findOversizedTable, oversizedTableMessage, oversizedTableSpan, type TableLimits } from './table-limits.js';

/** A table over the limits, refused before parsing; `offset` is where its header row starts in the parsed text. */
export class OversizedTableError extends SourceFormatError {
  override name = 'OversizedTableError';
  constructor(
    message: string,
    span: Span,
    readonly offset: number,
  ) {
    super(message, span);
  }
}

/** The table limits a config sets, defaults filled in. */
export function tableLimits(config: Pick<ResolvedConfig, 'limits'> | undefined): TableLimits {
  return {
    columns: config?.limits?.tableColumns ?? DEFAULT_TABLE_LIMITS.columns,
    cells: config?.limits?.tableCells ?? DEFAULT_TABLE_LIMITS.cells,
  };
}

/** Throws an OversizedTableError, before parsing, for a table over the limits. */
export function parseMarkdown(source: string, limits: TableLimits = DEFAULT_TABLE_LIMITS): Root {
  const oversized = findOversizedTable(source, limits);
  if (oversized) throw new OversizedTableError(oversizedTableMessage(oversized, limits), oversizedTableSpan(oversized), oversized.offset);
  return parseMarkdownTree(source);
}

/** Defined with the readers' shared helpers (common.ts); re-exported for the readers that import it from here. */
export type { SourceFile } from './common.js';

/** A pure function of (text, config): safe to cache by content hash or run in a worker. */
export function markdownArticle(file: SourceFile, config: ResolvedConfig): Article {
  const tree = parseMarkdown(file.text, tableLimits(config));
  const loadMessages: LintMessage[] = [];
  const unsupported = tree.children[0] as { type: string; position?: Span } | undefined;
  if (unsupported?.type === 'unsupportedFrontmatter') {
    tree.children.shift();
    const opening = file.text.slice(0, file.text.search(/\r?\n|\r|$/)).trim();
    const span = unsupported.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    loadMessages.push(
      sourceMessage(`Frontmatter opened with "${opening}" is not read: kblint reads YAML frontmatter between "---" lines only, so these fields are ignored.`, {
        start: span.start,
        end: { line: span.start.line, column: span.start.column + opening.length },
      }),
    );
  }
  const first = tree.children[0];
  const frontmatter: Frontmatter | null = first?.type === 'yaml' ? readFrontmatter(first) : null;
  return makeArticle(file, 'markdown', {
    tree,
    loadMessages,
    frontmatter: frontmatter?.data ?? null,
    frontmatterError: frontmatter?.error ?? null,
    metadata: extractMetadata({ tree, source: file.text, frontmatter, config }),
  });
}
