import type { LintResults } from '../model/types.js';
import { onlyErrors } from './filter.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';
import { formatJunit } from './junit.js';
import { formatCodeQuality } from './codequality.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export { shouldUseColor, type ColorEnvironment } from './color.js';
export { onlyErrors } from './filter.js';
export { DEFAULT_ANNOTATIONS_PER_SEVERITY, escapeData, escapeProperty, formatGithub } from './github.js';
export { formatMarkdown, MARKDOWN_MAX_BYTES } from './markdown.js';
export { formatJunit } from './junit.js';
export { formatCodeQuality } from './codequality.js';
export { formatJson, type JsonFile, type JsonMessage, type JsonReport } from './json.js';
export { formatSarif, KBLINT_INFORMATION_URI, SARIF_MAX_RESULTS, SARIF_SCHEMA_URI, sarifOverflow, type SarifLog, type SarifOptions } from './sarif.js';
export { formatText, unlintedFiles, type TextOptions } from './text.js';

export const FORMAT_NAMES = ['text', 'json', 'github', 'sarif', 'markdown', 'junit', 'codequality'] as const;
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
  /** The working folder inside the repository (`docs/`, '' at the root): SARIF URIs and markdown links start at the root. */
  pathPrefix?: string;
  /** The repository root as a `file:` URI ending in `/` (SARIF `originalUriBaseIds`). */
  rootUri?: string;
  /** github: annotations per severity (default 10, GitHub's limit). */
  annotationsPerSeverity?: number;
  /** markdown: prefix of links to lines (`https://github.com/o/r/blob/<sha>/`). */
  linkBase?: string;
}

/** Renders `results` in the named format. Pure: returns the text, never writes it. */
export function formatResults(name: FormatName, results: LintResults, options: FormatOptions): string {
  if (name === 'text') return formatText(results, { color: options.color, quiet: options.quiet === true });
  const shown = options.quiet === true ? onlyErrors(results) : results;
  switch (name) {
    case 'json':
      return formatJson(shown);
    case 'github':
      return formatGithub(shown, { ...(options.annotationsPerSeverity === undefined ? {} : { perSeverity: options.annotationsPerSeverity }) });
    case 'markdown':
      return formatMarkdown(shown, { pathPrefix: options.pathPrefix ?? '', ...(options.linkBase === undefined ? {} : { linkBase: options.linkBase }) });
    case 'junit':
      return formatJunit(shown);
    case 'codequality':
      return formatCodeQuality(shown, { pathPrefix: options.pathPrefix ?? '' });
    case 'sarif':
      return formatSarif(shown, {
        toolVersion: options.toolVersion,
        ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
        ...(options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix }),
        ...(options.rootUri === undefined ? {} : { rootUri: options.rootUri }),
      });
    default: {
      const unknown: never = name;
      throw new Error(`Unknown format: ${String(unknown)}`);
    }
  }
}
