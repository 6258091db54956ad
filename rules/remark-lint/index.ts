// remark-lint rules run inside kblint: each package becomes a kblint rule whose
// id is the package name, so any remark-lint rule package can be enabled by name.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import { kindSkips } from '../../src/metadata/kind.js';
import { z } from 'zod';
import type { Root } from 'mdast';
import { defineRule, type AnyRule } from '../../src/model/rule.js';
import type { RuleSetting } from '../../src/model/types.js';
import { treeWalkFact } from '../../src/sources/walk.js';
import { STRUCTURAL_CHECKS, type StructuralFinding, type StructuralCheck } from './structural.js';

/** A remark-lint rule plugin: called with `[severity, options]`, returns a transformer. */
export type LintPlugin = (config?: unknown) => ((tree: Root, file: VFile, next: (error?: unknown) => void) => void) | undefined;

export const REMARK_LINT_PREFIX = 'remark-lint-';

/**
 * The structural rules that suit help-center articles, on by default. Without
 * options they run on the article's one tree walk (structural.ts, tested
 * against the packages); given options, the run loads the package itself
 * (rules.ts), which reads and validates them.
 */
export const BUILT_IN_REMARK_LINT: ReadonlyArray<{ id: string; severity: RuleSetting; check: StructuralCheck; load: () => Promise<{ default: unknown }> }> = [
  { id: 'remark-lint-heading-increment', severity: 'warning', check: STRUCTURAL_CHECKS.headingIncrement, load: () => import('remark-lint-heading-increment') },
  { id: 'remark-lint-no-duplicate-definitions', severity: 'error', check: STRUCTURAL_CHECKS.noDuplicateDefinitions, load: () => import('remark-lint-no-duplicate-definitions') },
  { id: 'remark-lint-no-empty-url', severity: 'warning', check: STRUCTURAL_CHECKS.noEmptyUrl, load: () => import('remark-lint-no-empty-url') },
  {
    id: 'remark-lint-no-multiple-toplevel-headings',
    severity: 'warning',
    check: STRUCTURAL_CHECKS.noMultipleToplevelHeadings,
    load: () => import('remark-lint-no-multiple-toplevel-headings'),
  },
];

export function isRemarkLintId(id: string): boolean {
  return id.startsWith(REMARK_LINT_PREFIX);
}

function meta(packageName: string, defaultSeverity: RuleSetting) {
  return {
    id: packageName,
    category: 'structure' as const,
    description: `remark-lint rule ${packageName.slice(REMARK_LINT_PREFIX.length)} (see the package's docs).`,
    defaultSeverity,
    // Passed to the remark-lint rule unchanged; it validates its own options.
    options: z.unknown(),
  };
}

/** A remark-lint package run through unified's plugin interface, as remark-lint runs it. */
export function remarkLintRule(packageName: string, plugin: LintPlugin, defaultSeverity: RuleSetting): AnyRule {
  return defineRule({
    meta: meta(packageName, defaultSeverity),
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
      const findings = file.messages.map((message): StructuralFinding => {
        const place = message.place;
        return { reason: message.reason, place: place && 'start' in place ? place : place ? { start: place, end: place } : undefined };
      });
      reportFindings(packageName, findings, article.tree, context.report);
    },
  });
}

/** A default remark-lint rule on the article's tree walk: the package's findings without walking the tree again. */
export function walkedRemarkLintRule(packageName: string, check: StructuralCheck, defaultSeverity: RuleSetting): AnyRule {
  return defineRule({
    meta: { ...meta(packageName, defaultSeverity), uses: [treeWalkFact] },
    check(article, context) {
      if (context.options !== undefined) throw new Error(`${packageName} was given options but the run did not load the package to read them`);
      if (kindSkips(article, context.config, packageName)) return;
      reportFindings(packageName, check(context.get(treeWalkFact)), article.tree, context.report);
    },
  });
}

function reportFindings(packageName: string, findings: StructuralFinding[], tree: Root, report: (finding: { message: string; span?: StructuralFinding['place'] }) => void): void {
  const grouped = packageName === 'remark-lint-heading-increment' ? oncePerRun(findings, tree) : findings.map((finding) => ({ finding, more: [] }));
  for (const { finding, more } of grouped) {
    const also = more.length === 0 ? '' : ` (also ${more.length} more heading${more.length === 1 ? '' : 's'} of this rank in the same section, at line${more.length === 1 ? '' : 's'} ${more.join(', ')})`;
    report({ message: `${finding.reason}${also}`, span: finding.place });
  }
}

/**
 * heading-increment reports every heading of a flat run (`#`, then `###`,
 * `###`, `###`): one fix, the run's level, mends them all, so the run is
 * reported once, at its first heading, naming the others.
 */
function oncePerRun(findings: StructuralFinding[], tree: Root): { finding: StructuralFinding; more: number[] }[] {
  // The heading above each heading line: the last one of a lower rank.
  const parentOf = new Map<number, number>();
  const open: { depth: number; line: number }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop();
    parentOf.set(node.position.start.line, open[open.length - 1]?.line ?? 0);
    open.push({ depth: node.depth, line: node.position.start.line });
  }
  const groups = new Map<string, { finding: StructuralFinding; more: number[] }>();
  const result: { finding: StructuralFinding; more: number[] }[] = [];
  for (const finding of findings) {
    const line = finding.place?.start.line ?? 0;
    const parent = parentOf.get(line);
    const key = parent === undefined ? null : `${parent}\u0000${finding.reason}`;
    const group = key === null ? undefined : groups.get(key);
    if (group) group.more.push(line);
    else {
      const entry = { finding, more: [] as number[] };
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
