// GitLab's code-quality report (a subset of Code Climate's format), shown in
// merge requests: `[{ description, check_name, fingerprint, severity, location }]`.
import type { LintResults, Severity } from '../model/types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor' | 'info';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * Paths are relative to the repository root (`pathPrefix` is the working
 * folder inside it), as GitLab matches them to the diff. The fingerprint is
 * kblint's stable one, so an issue is "unchanged" from one pipeline to the next.
 */
export function formatCodeQuality(results: LintResults, options: { pathPrefix?: string } = {}): string {
  const issues: CodeQualityIssue[] = [];
  for (const file of results.files) {
    for (const m of file.messages) {
      issues.push({
        description: `${m.message}${m.suggestion ? ` → ${m.suggestion}` : ''}`,
        check_name: m.ruleId,
        fingerprint: m.fingerprint ?? '',
        severity: SEVERITY[m.severity],
        location: { path: `${options.pathPrefix ?? ''}${file.filePath}`, lines: { begin: m.line, end: Math.max(m.line, m.endLine) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
