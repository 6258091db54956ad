// remark-lint rules run inside kblint: each package becomes a kblint rule whose
// id is the package name, so any remark-lint rule package can be enabled by name.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import { z } from 'zod';
import type { Root } from 'mdast';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintNoDuplicateDefinitions from 'remark-lint-no-duplicate-definitions';
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url';
import remarkLintNoMultipleToplevelHeadings from 'remark-lint-no-multiple-toplevel-headings';
import { defineRule, type AnyRule } from '../../src/model/rule.js';
import type { RuleSetting } from '../../src/model/types.js';

/** A remark-lint rule plugin: called with `[severity, options]`, returns a transformer. */
type LintPlugin = (config?: unknown) => ((tree: Root, file: VFile, next: (error?: unknown) => void) => void) | undefined;

export const REMARK_LINT_PREFIX = 'remark-lint-';

/** The structural rules that suit help-center articles, on by default. */
export const BUILT_IN_REMARK_LINT: ReadonlyArray<[string, LintPlugin, RuleSetting]> = [
  ['remark-lint-heading-increment', remarkLintHeadingIncrement as unknown as LintPlugin, 'warning'],
  ['remark-lint-no-duplicate-definitions', remarkLintNoDuplicateDefinitions as unknown as LintPlugin, 'error'],
  ['remark-lint-no-empty-url', remarkLintNoEmptyUrl as unknown as LintPlugin, 'warning'],
  ['remark-lint-no-multiple-toplevel-headings', remarkLintNoMultipleToplevelHeadings as unknown as LintPlugin, 'warning'],
];

export function isRemarkLintId(id: string): boolean {
  return id.startsWith(REMARK_LINT_PREFIX);
}

export function remarkLintRule(packageName: string, plugin: LintPlugin, defaultSeverity: RuleSetting): AnyRule {
  return defineRule({
    meta: {
      id: packageName,
      category: 'structure',
      description: `remark-lint rule ${packageName.slice(REMARK_LINT_PREFIX.length)} (see the package's docs).`,
      defaultSeverity,
      // Passed to the remark-lint rule unchanged; it validates its own options.
      options: z.unknown(),
    },
    check(article, context) {
      const transform = plugin([1, context.options]);
      if (!transform) return;
      const file = new VFile({ path: article.absolutePath, value: article.source });
      let finished = false;
      transform(article.tree, file, (error) => {
        finished = true;
        if (error) throw error;
      });
      if (!finished) throw new Error(`${packageName} is asynchronous, which kblint does not support`);
      for (const message of file.messages) {
        const place = message.place;
        const span = place && 'start' in place ? place : place ? { start: place, end: place } : undefined;
        context.report({ message: message.reason, span });
      }
    },
  });
}

/** Load a remark-lint package named in config, from the config's folder first. */
export async function loadRemarkLintRule(packageName: string, fromDir: string): Promise<AnyRule> {
  let specifier = packageName;
  try {
    specifier = pathToFileURL(createRequire(path.join(fromDir, 'noop.js')).resolve(packageName)).href;
  } catch {
    // Not installed next to the config: fall back to kblint's own dependencies.
  }
  const mod = (await import(specifier)) as { default?: unknown };
  if (typeof mod.default !== 'function') {
    throw new Error(`${packageName} does not export a remark-lint rule`);
  }
  return remarkLintRule(packageName, mod.default as LintPlugin, 'warning');
}
