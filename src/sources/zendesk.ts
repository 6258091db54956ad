import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { SourceFile } from './markdown.js';
import { SourceFormatError } from './common.js';
export function zendeskArticles(file: SourceFile, _config: ResolvedConfig): Article[] {
  throw new SourceFormatError(`zendesk not yet supported: ${file.path}`, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
}
