// remark-lint rules run inside kblint: each package becomes a kblint rule whose
// id is the package name, so any remark-lint rule package can be enabled by name.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { kindSkips } from '../../src/metadata/kind.js';
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
      if (kindSkips(article, context.config, packageName)) return;
      const transform = plugin([1, context.options]);
      if (!transform) return;
      const file = new VFile({ path: article.absolutePath, value: article.source });
      let finished = false;
      transform(article.tree, file, (error) => {
        finished = true;
        if (error) throw error;
      });
      if (!finished) throw new Error(`${packageName} is asynchronous, which kblint does not support`);
      const messages = packageName === 'remark-lint-heading-increment' ? oncePerRun(file.messages, article.tree) : file.messages.map((m) => ({ message: m, more: [] }));
      for (const { message, more } of messages) {
        const place = message.place;
        const span = place && 'start' in place ? place : place ? { start: place, end: place } : undefined;
        const also = more.length === 0 ? '' : ` (also ${more.length} more heading${more.length === 1 ? '' : 's'} of this rank in the same section, at line${more.length === 1 ? '' : 's'} ${more.join(', ')})`;
        context.report({ message: `${message.reason}${also}`, span });
      }
    },
  });
}

/**
 * heading-increment reports every heading of a flat run (`#`, then `###`,
 * `###`, `###`): one fix, the run's level, mends them all, so the run is
 * reported once, at its first heading, naming the others.
 */
function oncePerRun(messages: VFileMessage[], tree: Root): { message: VFileMessage; more: number[] }[] {
  // The heading above each heading line: the last one of a lower rank.
  const parentOf = new Map<number, number>();
  const open: { depth: number; line: number }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop();
    parentOf.set(node.position.start.line, open[open.length - 1]?.line ?? 0);
    open.push({ depth: node.depth, line: node.position.start.line });
  }
  const groups = new Map<string, { message: VFileMessage; more: number[] }>();
  const result: { message: VFileMessage; more: number[] }[] = [];
  for (const message of messages) {
    const line = message.line ?? 0;
    const parent = parentOf.get(line);
    const key = parent === undefined ? null : `${parent}\u0000${message.reason}`;
    const group = key === null ? undefined : groups.get(key);
    if (group) group.more.push(line);
    else {
      const entry = { message, more: [] as number[] };
      if (key !== null) groups.set(key, entry);
      result.push(entry);
    }
  }
  return result;
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
