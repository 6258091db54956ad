// The default remark-lint checks on the article's one tree walk: the same
// findings (reason and place, in the same order) as the packages give with no
// options, which test/rules/remark-lint-walk.test.ts checks against the
// packages themselves. The messages are the packages' own words, typos included.
import type { Position } from 'unist';
import type { RankedNode, TreeWalk } from '../../src/sources/walk.js';

export interface StructuralFinding {
  reason: string;
  place: Pick<Position, 'start' | 'end'> | undefined;
}

export type StructuralCheck = (walk: TreeWalk) => StructuralFinding[];

/** remark-lint-heading-increment: a heading more than one rank below the closest heading of a lower rank. */
function headingIncrement(walk: TreeWalk): StructuralFinding[] {
  const findings: StructuralFinding[] = [];
  // By rank: the last heading of that rank since a heading of a lower one.
  const stack: Array<RankedNode | undefined> = [];
  for (const entry of walk.ranked) {
    const { rank, node } = entry;
    let closest: RankedNode | undefined;
    for (let index = rank - 1; index >= 0; index--) {
      if (stack[index]) {
        closest = stack[index];
        break;
      }
    }
    if (closest && node.position && rank > closest.rank + 1) {
      findings.push({ reason: `Unexpected heading rank \`${rank}\`, exected rank \`${closest.rank + 1}\``, place: node.position });
    }
    stack[rank] = entry;
    stack.length = rank + 1;
  }
  return findings;
}

/** remark-lint-no-duplicate-definitions: a second definition (or footnote definition) of an identifier. */
function noDuplicateDefinitions(walk: TreeWalk): StructuralFinding[] {
  const findings: StructuralFinding[] = [];
  const definitions = new Set<string>();
  const footnotes = new Set<string>();
  for (const node of walk.blockDefinitions) {
    const seen = node.type === 'definition' ? definitions : footnotes;
    const identifier = node.identifier;
    if (!identifier || !node.position) continue;
    if (seen.has(identifier)) {
      findings.push({
        reason: `Unexpected ${node.type === 'footnoteDefinition' ? 'footnote ' : ''}definition with an already defined identifier (\`${identifier}\`), expected unique identifiers`,
        place: node.position,
      });
    }
    seen.add(identifier);
  }
  return findings;
}

/** remark-lint-no-empty-url: a link, image or definition whose URL is empty, `#` or `?`. */
function noEmptyUrl(walk: TreeWalk): StructuralFinding[] {
  const findings: StructuralFinding[] = [];
  for (const node of walk.targets) {
    if (node.type === 'html' || !node.position) continue;
    if (!node.url || node.url === '#' || node.url === '?') {
      findings.push({ reason: `Unexpected empty ${node.type} URL referencing the current document, expected URL`, place: node.position });
    }
  }
  return findings;
}

/** remark-lint-no-multiple-toplevel-headings: every rank-1 heading after the first. */
function noMultipleToplevelHeadings(walk: TreeWalk): StructuralFinding[] {
  const findings: StructuralFinding[] = [];
  let seen = false;
  for (const { rank, node } of walk.ranked) {
    if (!node.position || rank !== 1) continue;
    if (seen) findings.push({ reason: `Unexpected duplicate toplevel heading, exected a single heading with rank \`${rank}\``, place: node.position });
    else seen = true;
  }
  return findings;
}

export const STRUCTURAL_CHECKS = { headingIncrement, noDuplicateDefinitions, noEmptyUrl, noMultipleToplevelHeadings } satisfies Record<string, StructuralCheck>;
