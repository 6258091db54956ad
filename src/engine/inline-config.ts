// `<!-- kblint-disable … -->` comments: which findings an editor has silenced.
import type { Nodes, Root } from 'mdast';
import { walkTree } from '../sources/walk.js';
import type { LintMessage, Span } from '../model/types.js';

const DIRECTIVE = /<!--\s*kblint-(disable-next-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: Kind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  span: Span;
}

export function readDirectives(tree: Root): Directive[] {
  return directivesOf(walkTree(tree).headingsAndHtml);
}

/** The control comments in these nodes (raw HTML among them), in their order. */
export function directivesOf(nodes: Iterable<Nodes>): Directive[] {
  const directives: Directive[] = [];
  for (const node of nodes) {
    if (node.type !== 'html' || !node.position || !node.value.includes('kblint-')) continue;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const ruleIds = (match[2] ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        // Allow a trailing explanation: `kblint-disable stale-article -- archived page`.
        .filter(Boolean);
      const dashes = ruleIds.indexOf('--');
      directives.push({
        kind: match[1] as Kind,
        ruleIds: dashes === -1 ? ruleIds : ruleIds.slice(0, dashes),
        span: node.position,
      });
    }
  }
  return directives;
}

export interface InlineConfigOutcome {
  messages: LintMessage[];
  /** Warnings about the comments themselves (unknown rule ids). */
  problems: LintMessage[];
}

/** Drop the findings the article's comments disable; flag comments naming unknown rules. */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
  isKnownRule: (id: string) => boolean,
  problemUrl: string,
): InlineConfigOutcome {
  const problems: LintMessage[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (isKnownRule(id)) continue;
      problems.push({
        ruleId: 'inline-config',
        severity: 'warning',
        message: `Unknown rule "${id}" in a kblint-${directive.kind} comment; it has no effect.`,
        line: directive.span.start.line,
        column: directive.span.start.column,
        endLine: directive.span.end.line,
        endColumn: directive.span.end.column,
        url: problemUrl,
      });
    }
  }
  if (directives.length === 0) return { messages, problems };
  const names = (d: Directive, id: string) => d.ruleIds.length === 0 || d.ruleIds.includes(id);
  const before = (d: Directive, m: LintMessage) =>
    d.span.start.line < m.line || (d.span.start.line === m.line && d.span.start.column <= m.column);
  const kept = messages.filter((message) => {
    let disabled = false;
    for (const d of directives) {
      if (!names(d, message.ruleId)) continue;
      if (d.kind === 'disable-file') return false;
      if (d.kind === 'disable-next-line' && d.span.end.line + 1 === message.line) return false;
      // Directives come in document order, so the last one before the message decides.
      if (d.kind === 'disable' && before(d, message)) disabled = true;
      if (d.kind === 'enable' && before(d, message)) disabled = false;
    }
    return !disabled;
  });
  return { messages: kept, problems };
}
