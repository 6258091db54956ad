// What each kind of pack rule finds in an article's text units. Pure: (rule,
// units) → findings with spans; the rule wrapper (rule.ts) reports them.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Span } from '../model/types.js';
import { DEFAULT_SCOPE, type PackRuleSpec, type PackScope } from '../config/pack-schema.js';
import { locate, type TextUnit } from './text.js';
import { compileCondition, compileFormula, type Metrics } from '../config/pack-formula.js';

export interface PackFinding {
  span: Span;
  message: string;
  suggestion?: string;
}

type ToPoint = (offset: number) => { line: number; column: number } | undefined;

/** Letters and digits on both sides decide a word boundary (Unicode-aware, unlike `\b`). */
const wordBounded = (source: string) => `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;

function flags(spec: PackRuleSpec): string {
  return `gu${spec.ignorecase ? 'i' : ''}`;
}

function scopes(spec: PackRuleSpec): PackScope[] {
  if (spec.scope !== undefined) return Array.isArray(spec.scope) ? spec.scope : [spec.scope];
  return spec.extends === 'capitalization' ? ['heading'] : DEFAULT_SCOPE;
}

/** `%s` replaced in order by the values. */
function format(message: string, values: string[]): string {
  let i = 0;
  return message.replace(/%s/g, () => values[Math.min(i++, values.length - 1)] ?? '');
}

function escapeLiteral(token: string): string {
  return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface CompiledPackRule {
  spec: PackRuleSpec;
  find(units: TextUnit[], tree: Root, toPoint: ToPoint): PackFinding[];
}

export function compilePackRule(spec: PackRuleSpec): CompiledPackRule {
  const inScope = (units: TextUnit[]) => {
    const wanted = scopes(spec);
    return units.filter((u) => wanted.includes(u.scope));
  };
  const matchAll = (units: TextUnit[], re: RegExp, toPoint: ToPoint, each: (m: RegExpExecArray, unit: TextUnit, span: Span) => PackFinding | null) => {
    const out: PackFinding[] = [];
    for (const unit of inScope(units)) {
      re.lastIndex = 0;
      for (const m of unit.text.matchAll(re)) {
        if (m[0] === '') continue;
        const finding = each(m as RegExpExecArray, unit, locate(unit, m.index!, m.index! + m[0].length, toPoint));
        if (finding) out.push(finding);
      }
    }
    return out;
  };

  switch (spec.extends) {
    case 'existence': {
      const alternatives = [...(spec.tokens ?? []).map(escapeLiteral), ...(spec.raw ?? [])].join('|');
      const re = new RegExp(spec.nonword ? alternatives : wordBounded(alternatives), flags(spec));
      return { spec, find: (units, _tree, toPoint) => matchAll(units, re, toPoint, (m, _u, span) => ({ span, message: format(spec.message, [m[0]]) })) };
    }
    case 'substitution': {
      const swaps = Object.entries(spec.swap).map(([pattern, replacement]) => ({ re: new RegExp(wordBounded(pattern), flags(spec)), replacement }));
      return {
        spec,
        find(units, _tree, toPoint) {
          const found: Array<PackFinding & { at: number; unit: TextUnit; end: number }> = [];
          for (const { re, replacement } of swaps) {
            matchAll(units, re, toPoint, (m, unit, span) => {
              if (m[0].toLowerCase() === replacement.toLowerCase()) return null;
              const suggestion = /^\p{Lu}/u.test(m[0]) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
              found.push({ span, message: format(spec.message, [suggestion, m[0]]), suggestion, at: m.index!, end: m.index! + m[0].length, unit });
              return null;
            });
          }
          // One finding per place: the first pattern (in pack order) that matched it.
          return found.filter((f, i) => !found.slice(0, i).some((g) => g.unit === f.unit && g.at < f.end && f.at < g.end)).map(({ span, message, suggestion }) => ({ span, message, suggestion }));
        },
      };
    }
    case 'occurrence': {
      const re = new RegExp(spec.token, flags(spec));
      return {
        spec,
        find(units, tree, toPoint) {
          const groups = new Map<number, Array<{ span: Span }>>();
          const scoped = inScope(units);
          const keyOf = (unit: TextUnit) => (spec.per === 'section' ? unit.section : 0);
          for (const unit of scoped) groups.set(keyOf(unit), groups.get(keyOf(unit)) ?? []);
          matchAll(units, re, toPoint, (_m, unit, span) => {
            groups.get(keyOf(unit))!.push({ span });
            return null;
          });
          const out: PackFinding[] = [];
          for (const [key, matches] of groups) {
            const count = matches.length;
            if (spec.max !== undefined && count > spec.max) out.push({ span: matches[spec.max]!.span, message: format(spec.message, [String(count)]) });
            if (spec.min !== undefined && count < spec.min) {
              const heading = units.find((u) => u.scope === 'heading' && u.section === key && key > 0);
              out.push({ span: heading?.node.position ? locate(heading, 0, heading.text.length, toPoint) : startSpan(tree), message: format(spec.message, [String(count)]) });
            }
          }
          return out;
        },
      };
    }
    case 'capitalization': {
      // Longest first, so `Apple Pay` is kept whole before `Apple`.
      const exceptions = [...spec.exceptions].sort((a, b) => b.length - a.length);
      const small = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);
      return {
        spec,
        find(units, _tree, toPoint) {
          const out: PackFinding[] = [];
          for (const unit of inScope(units)) {
            let text = unit.text;
            // Exceptions (product and UI names) keep their own capitals.
            for (const exception of exceptions) text = text.replace(new RegExp(wordBounded(escapeLiteral(exception)), 'gu'), (s) => '\u0000'.repeat(s.length));
            const words = [...text.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)];
            const wrong = words.find((w, index) => {
              const word = w[0];
              // Acronyms, mixed case (iPhone) and words after a colon are left alone.
              if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return false;
              const afterColon = /[:?!.]\s*$/.test(text.slice(0, w.index));
              if (spec.match === '$sentence') return index > 0 && !afterColon && /^\p{Lu}/u.test(word);
              const isSmall = small.has(word.toLowerCase()) && index > 0 && index < words.length - 1 && !afterColon;
              return isSmall ? false : /^\p{Ll}/u.test(word);
            });
            if (wrong) out.push({ span: locate(unit, wrong.index!, wrong.index! + wrong[0].length, toPoint), message: format(spec.message, [unit.text.trim()]) });
          }
          return out;
        },
      };
    }
    case 'conditional': {
      const first = new RegExp(spec.first, flags(spec).replace('i', ''));
      const second = new RegExp(spec.second, flags(spec).replace('i', ''));
      const exceptions = new Set(spec.exceptions);
      return {
        spec,
        find(units, _tree, toPoint) {
          const scoped = inScope(units);
          const defined = new Set<string>();
          const reported = new Set<string>();
          const out: PackFinding[] = [];
          // In reading order: a term defined in a unit counts from that unit on.
          for (const unit of scoped) {
            const definitions = [...unit.text.matchAll(second)].map((m) => ({ term: m[1] ?? m[0], start: m.index!, end: m.index! + m[0].length }));
            for (const m of unit.text.matchAll(first)) {
              const term = m[1] ?? m[0];
              if (exceptions.has(term) || defined.has(term) || reported.has(term)) continue;
              if (definitions.some((d) => d.term === term && d.start <= m.index!)) continue;
              reported.add(term);
              out.push({ span: locate(unit, m.index!, m.index! + m[0].length, toPoint), message: format(spec.message, [term]) });
            }
            for (const d of definitions) defined.add(d.term);
          }
          return out;
        },
      };
    }
    case 'metric': {
      const formula = compileFormula(spec.formula);
      const condition = compileCondition(spec.condition);
      return {
        spec,
        find(units, tree) {
          const value = formula(metricsOf(units, tree));
          if (!Number.isFinite(value) || !condition(value)) return [];
          const title = tree.children.find((n) => n.type === 'heading');
          return [{ span: title?.position ? { start: title.position.start, end: title.position.end } : startSpan(tree), message: format(spec.message, [String(Math.round(value * 10) / 10)]) }];
        },
      };
    }
  }
}

function startSpan(tree: Root): Span {
  const start = tree.position?.start ?? { line: 1, column: 1 };
  return { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column } };
}

function metricsOf(units: TextUnit[], tree: Root): Metrics {
  const prose = units.filter((u) => u.scope === 'text' || u.scope === 'table');
  const counts = { links: 0, lists: 0, tables: 0, codeblocks: 0 };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference') counts.links++;
    else if (node.type === 'list') counts.lists++;
    else if (node.type === 'table') counts.tables++;
    else if (node.type === 'code') counts.codeblocks++;
  });
  const text = prose.map((u) => u.text).join('\n');
  return {
    words: text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0,
    sentences: prose.reduce((n, u) => n + Math.max(u.text.trim() ? 1 : 0, u.text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0), 0),
    paragraphs: units.filter((u) => u.scope === 'text').length,
    headings: units.filter((u) => u.scope === 'heading').length,
    characters: text.length,
    ...counts,
  };
}
