import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_LIMITS, findOversizedTable } from '../../src/sources/table-limits.js';
import { runKblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject;
afterEach(() => project?.remove());

function table(columns: number, rows: number, rowCells = columns): string {
  return [
    '|' + Array.from({ length: columns }, (_, i) => `h${i}`).join('|') + '|',
    '|' + Array(columns).fill('-').join('|') + '|',
    ...Array(rows).fill('|' + Array(rowCells).fill('c').join('|') + '|'),
  ].join('\n');
}

const CLEAN = '---\ntitle: Fine\nupdated: 2026-05-01\n---\n# Fine\n\nShort and clear.\n';
const limits = { columns: 10, cells: 100 };

describe('the table scan before parsing', () => {
  it('finds a table over the column limit at its header row', () => {
    expect(findOversizedTable(`# T\n\nIntro.\n\n${table(11, 1)}\n`, limits)).toMatchObject({ limit: 'columns', columns: 11, line: 5 });
  });

  it('counts the cells of every row as written, extra cells included', () => {
    // header and delimiter count 5 × 2, each row 5: 19 rows make 105.
    expect(findOversizedTable(`${table(5, 17)}\n`, limits)).toBeNull();
    expect(findOversizedTable(`${table(5, 19)}\n|${'c|'.repeat(5)}\n`, limits)).toMatchObject({ limit: 'cells', line: 1 });
    expect(findOversizedTable(`${table(2, 3, 60)}\n`, limits)).toMatchObject({ limit: 'cells', columns: 2 });
  });

  it('a blank line ends the table: two tables are counted apart', () => {
    expect(findOversizedTable(`${table(5, 15)}\n\n${table(5, 15)}\n`, limits)).toBeNull();
  });

  it('sees tables in blockquotes and without outer pipes, skips fenced code and setext headings', () => {
    const quoted = table(11, 1).split('\n').map((l) => `> ${l}`).join('\n');
    expect(findOversizedTable(`${quoted}\n`, limits)).toMatchObject({ limit: 'columns', line: 1 });
    expect(findOversizedTable(`a|b|c|d|e|f|g|h|i|j|k\n-|-|-|-|-|-|-|-|-|-|-\n`, limits)).toMatchObject({ limit: 'columns', columns: 11 });
    expect(findOversizedTable(`\`\`\`\n${table(11, 1)}\n\`\`\`\n`, limits)).toBeNull();
    expect(findOversizedTable(`~~~~\n\`\`\`\n${table(11, 1)}\n~~~~\n`, limits)).toBeNull();
    expect(findOversizedTable(`Title\n---\n\n${'text | with pipes\n'.repeat(50)}`, limits)).toBeNull();
  });

  it('takes the defaults a real help-center table stays far under', () => {
    expect(findOversizedTable(`${table(40, 400)}\n`)).toBeNull();
    expect(findOversizedTable(`${table(DEFAULT_TABLE_LIMITS.columns + 1, 1)}\n`)).toMatchObject({ limit: 'columns' });
  });
});

describe('an oversized table in a run', () => {
  it('is a located fatal read-error on that file, and the other files are still linted', async () => {
    const big = `---\ntitle: Big\nupdated: 2026-05-01\n---\n# Big\n\n${table(5000, 3)}\n`;
    project = tmpProject({ 'fine.md': CLEAN, 'big.md': big, 'kblint.config.json': '{"now": "2026-06-01"}' });
    const out = await runKblint(['--offline', '-f', 'json', '.'], { cwd: project.dir });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.summary).toMatchObject({ files: 2, fatalErrors: 1 });
    const file = report.files.find((f: { path: string }) => f.path === 'big.md');
    expect(file.messages).toMatchObject([
      { ruleId: 'read-error', fatal: true, line: 7, column: 1, message: expect.stringContaining('a table has 5,000 columns, over the limit of 500 (limits.tableColumns)') },
    ]);
    expect(report.files.find((f: { path: string }) => f.path === 'fine.md').messages).toEqual([]);
  });

  it('limits.tableColumns and limits.tableCells raise or lower the limits', async () => {
    const wide = `---\ntitle: Wide\nupdated: 2026-05-01\n---\n# Wide\n\n${table(600, 2)}\n`;
    project = tmpProject({ 'wide.md': wide, 'kblint.config.json': '{"now": "2026-06-01", "limits": {"tableColumns": 1000, "tableCells": 5000}}' });
    const allowed = JSON.parse((await runKblint(['--offline', '-f', 'json', '.'], { cwd: project.dir })).stdout);
    expect(allowed.summary.fatalErrors).toBe(0);
    project.remove();
    project = tmpProject({ 'wide.md': wide, 'kblint.config.json': '{"now": "2026-06-01", "limits": {"tableColumns": 1000, "tableCells": 1000}}' });
    const refused = JSON.parse((await runKblint(['--offline', '-f', 'json', '.'], { cwd: project.dir })).stdout);
    expect(refused.files[0].messages[0].message).toContain('more than 1,000 cells (limits.tableCells)');
  });

  it('a table over the limits in a JSON export body is located in the export file', async () => {
    const body = `# Big\\n\\n${table(20, 2).replace(/\n/g, '\\n')}`;
    // A Document360 export: `content` is the Markdown body.
    const exported = `{\n  "data": [\n    {"id": "a1", "title": "Big", "content_type": 0, "modified_at": "2026-05-01T00:00:00Z",\n     "content": "${body}"}\n  ]\n}\n`;
    project = tmpProject({ 'export.json': exported, 'kblint.config.json': '{"now": "2026-06-01", "limits": {"tableColumns": 10}}' });
    const report = JSON.parse((await runKblint(['--offline', '-f', 'json', '.'], { cwd: project.dir })).stdout);
    expect(report.files[0].messages).toMatchObject([{ ruleId: 'read-error', line: 4, message: expect.stringContaining('limits.tableColumns') }]);
  });

  it('a linked file that is not linted: past the limits its anchors are unknown (no finding), within the config\'s limits they are read', async () => {
    const linking = '---\ntitle: Links\nupdated: 2026-05-01\n---\n# Links\n\nSee [the wide page](wide.md#no-such-heading).\n';
    const wide = `# Wide\n\n## Columns\n\n${table(600, 1)}\n`;
    const brokenLinks = async (config: string) => {
      project?.remove();
      project = tmpProject({ 'links.md': linking, 'wide.md': wide, 'kblint.config.json': config });
      const report = JSON.parse((await runKblint(['--offline', '-f', 'json', 'links.md'], { cwd: project.dir })).stdout);
      return report.files[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'broken-link').length;
    };
    expect(await brokenLinks('{"now": "2026-06-01"}')).toBe(0);
    expect(await brokenLinks('{"now": "2026-06-01", "limits": {"tableColumns": 1000}}')).toBe(1);
  });
});
