// Zendesk Guide exports read directly (tests and callers that know the format).
// The reader itself lives with the other platforms: src/sources/platforms/zendesk.ts.
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { SourceFile } from './common.js';
import { parseExport } from './json-export.js';
import { zendesk } from './platforms/zendesk.js';

export function zendeskArticles(file: SourceFile, config: ResolvedConfig): Article[] {
  return zendesk.read(parseExport(file), config);
}
