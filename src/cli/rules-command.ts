import { builtInRules } from '../../rules/index.js';
import { docsUrl } from '../engine/check.js';

/** `kblint rules`: one line per rule, or JSON. */
export function listRules(format: 'text' | 'json'): string {
  const rows = builtInRules.map((rule) => ({
    id: rule.meta.id,
    defaultSeverity: rule.meta.defaultSeverity,
    category: rule.meta.category,
    description: rule.meta.description,
    url: docsUrl(rule.meta.id),
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const sevWidth = Math.max(...rows.map((r) => r.defaultSeverity.length));
  return `${rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.description}`).join('\n')}\n`;
}
