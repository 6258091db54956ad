import type { LintResults } from '../model/types.js';
import { onlyErrors } from './filter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export { shouldUseColor, type ColorEnvironment } from './color.js';
export { onlyErrors } from './filter.js';
export { escapeData, escapeProperty, formatGithub } from './github.js';
export { formatJson, type JsonFile, type JsonMessage, type JsonReport } from './json.js';
export { formatSarif, KBLINT_INFORMATION_URI, SARIF_SCHEMA_URI, type SarifLog, type SarifOptions } from './sarif.js';
export { formatText, unlintedFiles, type TextOptions } from './text.js';

export const FORMAT_NAMES = ['text', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export interface FormatOptions {
  /** Only the text format uses colour; decide it with `shouldUseColor`. */
  color: boolean;
  /**
   * Errors only, in every format (through `onlyErrors`). Summary counts stay
   * the real totals of the run; the text format says what was hidden.
   */
  quiet?: boolean;
  /** kblint's version, for SARIF's `tool.driver.version`. */
  toolVersion: string;
  /** SARIF's `tool.driver.informationUri`; defaults to the project's repository. */
  informationUri?: string;
}

/** Renders `results` in the named format. Pure: returns the text, never writes it. */
export function formatResults(name: FormatName, results: LintResults, options: FormatOptions): string {
  if (name === 'text') return formatText(results, { color: options.color, quiet: options.quiet === true });
  const shown = options.quiet === true ? onlyErrors(results) : results;
  switch (name) {
    case 'json':
      return formatJson(shown);
    case 'github':
      return formatGithub(shown);
    case 'sarif':
      return formatSarif(shown, {
        toolVersion: options.toolVersion,
        ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
      });
    default: {
      const unknown: never = name;
      throw new Error(`Unknown format: ${String(unknown)}`);
    }
  }
}
