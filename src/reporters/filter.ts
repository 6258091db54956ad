import type { LintResults } from '../model/types.js';

/**
 * The results with every non-error message removed, for `--quiet`.
 *
 * Files are kept (each reporter decides whether to show a file that has no
 * messages left), and `summary` is left untouched on purpose: it keeps stating
 * the real totals of the run, so a reporter can say what `--quiet` hid.
 * The input is not modified.
 */
export function onlyErrors(results: LintResults): LintResults {
  return {
    ...results,
    files: results.files.map((file) => ({
      ...file,
      messages: file.messages.filter((message) => message.severity === 'error'),
    })),
  };
}
