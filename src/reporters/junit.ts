// JUnit XML, which most CI systems (GitLab, Jenkins, Azure) show as test results:
// one test suite per article, one failing test case per finding.
import type { LintResults, Severity } from '../model/types.js';

/** Escapes text for XML, dropping characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const FAILING: Record<Severity, boolean> = { error: true, warning: true, info: false };

/**
 * An article without findings is one passing case; errors and warnings are
 * failures (their severity is the failure `type`); infos are passing cases
 * with the finding in `system-out`, so they never fail a build.
 */
export function formatJunit(results: LintResults): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of results.files) {
    const cases: string[] = [];
    let fileFailures = 0;
    const name = escapeXml(file.path);
    if (file.messages.length === 0) cases.push(`    <testcase classname="${name}" name="${name}"/>`);
    for (const m of file.messages) {
      const caseName = escapeXml(`${m.line}:${m.column} ${m.ruleId}`);
      const text = escapeXml(`${file.path}:${m.line}:${m.column} ${m.severity} ${m.message}${m.suggestion ? ` → ${m.suggestion}` : ''} (${m.ruleId})`);
      if (FAILING[m.severity]) {
        fileFailures++;
        cases.push(
          `    <testcase classname="${name}" name="${caseName}" file="${escapeXml(file.filePath)}" line="${m.line}">\n` +
            `      <failure type="${m.severity}" message="${escapeXml(m.message)}">${text}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`    <testcase classname="${name}" name="${caseName}" file="${escapeXml(file.filePath)}" line="${m.line}">\n      <system-out>${text}</system-out>\n    </testcase>`);
      }
    }
    tests += cases.length;
    failures += fileFailures;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kblint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
