// The formats `--source` names, without loading any reader (the CLI's options
// need the list at start-up; the readers load only when a file is read).
import type { SourceKind } from '../model/types.js';

export type SourceChoice = SourceKind | 'auto';

/** Help-center platforms whose JSON exports kblint reads (src/sources/platforms/), in the order they are tried. */
export const PLATFORM_KINDS = ['intercom', 'salesforce', 'helpscout', 'confluence', 'document360', 'freshdesk', 'zendesk'] as const satisfies readonly SourceKind[];

export const SOURCE_CHOICES: readonly SourceChoice[] = ['auto', 'markdown', 'html', 'listing', 'zendesk', 'helpscout', 'intercom', 'freshdesk', 'document360', 'salesforce', 'confluence'];

/** Whether a reader reads JSON exports (`--source intercom` takes every `.json` of a folder). */
export function isJsonSource(kind: SourceChoice | undefined): boolean {
  return (PLATFORM_KINDS as readonly string[]).includes(kind ?? '');
}

/** Extensions read as Markdown whatever the text holds. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.mdown', '.mkd']);
