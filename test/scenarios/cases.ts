// One scenario per case of the robustness issue: the input, the command, the
// exit code and the shape of stdout and stderr. Run by scenarios.test.ts
// against the built CLI. Cases owned by other parts of the suite name the
// test that covers them instead (see `coveredBy`).
import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';

export const CLEAN = (title: string) => `---\ntitle: ${title}\nupdated: 2026-05-01\n---\n# ${title}\n\nShort and clear.\n`;

export interface Scenario {
  name: string;
  files?: Record<string, string | Uint8Array>;
  /** Extra setup in the project folder (links, FIFOs, sparse files). */
  setup?: (dir: string) => void;
  args: string[];
  exit: number;
  stdout?: RegExp[];
  stdoutNot?: RegExp[];
  stderr?: RegExp[];
  stderrNot?: RegExp[];
  /** A folder that only a non-root user cannot read: run as nobody when the tests run as root. */
  unprivileged?: boolean;
}

const link = (target: string, name: string) => (dir: string) => symlinkSync(target, path.join(dir, name));

export const SCENARIOS: Scenario[] = [
  {
    name: 'a link with an encoded ##[set-output] prints no runner command (text)',
    files: { 'a.md': `${CLEAN('A')}\nSee [x](%23%23[set-output%20name=deploy;]yes.md).\n` },
    args: ['--offline', 'a.md'],
    exit: 1,
    stdout: [/##\\u005bset-output name=deploy;\]yes\.md does not exist/],
    stdoutNot: [/##\[/],
  },
  {
    name: 'a file named ##[stop-commands]tok.md prints no runner command (json)',
    files: { '##[stop-commands]tok.md': '# T\n\nText.\n' },
    args: ['--offline', '-f', 'json', '.'],
    exit: 1,
    stdout: [/"path": "##\\u005bstop-commands\]tok\.md"/],
    stdoutNot: [/##\[/],
  },
  {
    name: 'a file named ::error title=PWN::x.md is no annotation of its own (github)',
    files: { '::error title=PWN::x.md': '# T\n\nText.\n' },
    args: ['--offline', '-f', 'github', '.'],
    exit: 1,
    stdout: [/^::error file=%3A%3Aerror title=PWN%3A%3Ax\.md,line=1/m],
    stdoutNot: [/^\s*::error title=PWN/m],
  },
  {
    name: 'a file named ::error title=PWN::x.md is shown escaped (text)',
    files: { '::error title=PWN::x.md': '# T\n\nText.\n' },
    args: ['--offline', '.'],
    exit: 1,
    stdout: [/^\\u003a:error title=PWN::x\.md$/m],
    stdoutNot: [/^\s*::/m],
  },
  {
    name: 'an unreadable subfolder is one finding and the run goes on',
    files: { 'docs/a.md': CLEAN('A'), 'docs/locked/l.md': '# L\n' },
    setup: (dir) => execFileSync('chmod', ['000', path.join(dir, 'docs/locked')]),
    unprivileged: true,
    args: ['--offline', 'docs'],
    exit: 1,
    stdout: [/^docs\/locked\n\s+1:1\s+error\s+Cannot lint locked: cannot read the folder: permission denied\.\s+read-error$/m, /1 file could not be linted/],
  },
  {
    name: '.MD, .Markdown and .HTML are found by a folder scan',
    files: { 'docs/a.MD': '# A\n', 'docs/b.Markdown': '# B\n', 'docs/c.HTML': '<h1>C</h1><p>Text.</p>' },
    args: ['--offline', '-f', 'json', 'docs'],
    exit: 1,
    stdout: [/"path": "docs\/a\.MD"/, /"path": "docs\/b\.Markdown"/, /"path": "docs\/c\.HTML"/, /"files": 3,/],
  },
  {
    name: 'a symlinked file is linted once, by its real path',
    files: { 'shared/s.md': '# S\n' },
    setup: (dir) => {
      execFileSync('mkdir', ['-p', path.join(dir, 'docs')]);
      symlinkSync('../shared/s.md', path.join(dir, 'docs/s.md'));
      symlinkSync('../shared/s.md', path.join(dir, 'docs/again.md'));
    },
    args: ['--offline', '-f', 'json', 'docs', 'shared'],
    exit: 1,
    stdout: [/"files": 1,/, /"path": "shared\/s\.md"/],
  },
  {
    name: 'dot-folders are scanned (but not .git)',
    files: { 'docs/.drafts/d.md': '# D\n', 'docs/.git/g.md': '# G\n' },
    args: ['--offline', '-f', 'json', 'docs'],
    exit: 1,
    stdout: [/"path": "docs\/\.drafts\/d\.md"/, /"files": 1,/],
  },
  {
    name: 'a dangling symlink named outright gets a notice saying why',
    files: { 'a.md': CLEAN('A') },
    setup: link('missing.md', 'dangling.md'),
    args: ['--offline', 'a.md', 'dangling.md'],
    exit: 0,
    stderr: [/^kblint: dangling\.md is a symbolic link to a missing file; nothing to lint there$/m],
  },
  {
    name: 'a symlink loop is named once, as a finding',
    files: { 'a.md': CLEAN('A') },
    setup: link('loop.md', 'loop.md'),
    args: ['--offline', 'loop.md', '.'],
    exit: 1,
    stdout: [/^loop\.md\n\s+1:1\s+error\s+Cannot lint loop\.md: it is a symbolic link loop/m],
    stdoutNot: [/loop\.md[\s\S]*loop\.md[\s\S]*loop\.md/],
  },
  {
    name: 'the same file named twice is linted once',
    files: { 'a.md': '# A\n' },
    args: ['--offline', '-f', 'json', 'a.md', './a.md', '.'],
    exit: 1,
    stdout: [/"files": 1,/],
  },
  {
    name: 'a backslash in a file name is no "file no longer exists"',
    files: { 'back\\slash.md': CLEAN('B') },
    args: ['--offline', 'back\\slash.md'],
    exit: 0,
    stdout: [/✔ No problems in 1 file/],
  },
  {
    name: 'glob characters in a name given outright name that file, not a glob',
    files: { 'g[1].md': CLEAN('G'), 'g1.md': '# not this one\n' },
    args: ['--offline', '-f', 'json', 'g[1].md'],
    exit: 0,
    stdout: [/"path": "g\[1\]\.md"/, /"files": 1,/],
  },
  {
    name: 'an empty Zendesk export page is a warning, not a failed run',
    files: { 'page-9.json': '{"articles": [], "next_page": null}' },
    args: ['--offline', 'page-9.json'],
    exit: 0,
    stdout: [/warning\s+The export holds no articles/],
  },
  {
    name: 'one NUL early in a text article is reported where it is; the article is linted',
    files: { 'a.md': `${CLEAN('A')}\nA\0B\n` },
    args: ['--offline', 'a.md'],
    exit: 0,
    stdout: [/9:2\s+warning\s+The file holds a NUL byte/],
  },
  {
    name: 'the 20 MiB cap is checked before reading (a 2 GiB sparse file)',
    files: { 'a.md': CLEAN('A') },
    setup: (dir) => {
      execFileSync('touch', [path.join(dir, 'huge.md')]);
      truncateSync(path.join(dir, 'huge.md'), 2 * 1024 ** 3);
    },
    args: ['--offline', '.'],
    exit: 1,
    stdout: [/Cannot lint huge\.md: the file is 2048\.0 MiB, over the 20 MiB limit/],
  },
  {
    name: 'a ---js fence is reported as unsupported frontmatter',
    files: { 'a.md': '---js\n{ title: "A" }\n---\n# A\n' },
    args: ['--offline', 'a.md'],
    exit: 1,
    stdout: [/1:1\s+warning\s+Frontmatter opened with "---js" is not read/],
  },
  {
    name: 'a FIFO with an article name is a finding, and does not hang the run',
    files: { 'a.md': CLEAN('A') },
    setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'pipe.md')]),
    args: ['--offline', '.'],
    exit: 1,
    stdout: [/Cannot lint pipe\.md: it is a named pipe \(FIFO\), not a regular file/],
  },
  {
    name: 'a file named outright that .kblintignore excludes gets a notice (lint-staged)',
    files: { '.kblintignore': 'drafts/\n', 'drafts/x.md': '# X\n', 'a.md': CLEAN('A') },
    args: ['--offline', 'drafts/x.md', 'a.md'],
    exit: 0,
    stderr: [/^kblint: drafts\/x\.md is ignored by \.gitignore or \.kblintignore; use --no-ignore to lint it$/m],
  },
  {
    name: '--no-ignore lints an ignored file named outright',
    files: { '.kblintignore': 'drafts/\n', 'drafts/x.md': '# X\n' },
    args: ['--offline', '--no-ignore', 'drafts/x.md'],
    exit: 1,
    stdout: [/^drafts\/x\.md$/m],
  },
  {
    name: '-o naming a folder is a usage error',
    files: { 'a.md': CLEAN('A'), 'out/keep': '' },
    args: ['--offline', '-o', 'out', 'a.md'],
    exit: 2,
    stderr: [/^kblint: --(output|format text:) out is a folder; name a file to write the report to$/m],
    stderrNot: [/internal error|at .*\.js/],
  },
  {
    name: 'a file that cannot be read is counted apart and the run never reads as clean',
    files: { 'a.md': CLEAN('A'), 'b.md': Buffer.concat([Buffer.from('# B'), Buffer.alloc(100, 1)]) },
    args: ['--offline', '-f', 'json', '.'],
    exit: 1,
    stdout: [/"fatalErrors": 1\n  \}/, /"fatal": true/],
    stderr: [/^kblint: 1 file could not be linted/m],
  },
  {
    name: 'carrier-grade NAT, NAT64 and IPv4-compatible addresses are not fetched',
    files: { 'a.md': `${CLEAN('A')}\n[m](http://100.100.100.200/latest/meta-data) [n](http://[64:ff9b::7f00:1]/) [c](http://[::127.0.0.1]/)\n` },
    args: ['-f', 'json', 'a.md'],
    exit: 0,
    stdout: [/100\.100\.100\.200 is a carrier-grade NAT \(shared\) address/, /64:ff9b::7f00:1 embeds 127\.0\.0\.1|64:ff9b::7f00:1 is a NAT64 address/, /::7f00:1 embeds 127\.0\.0\.1, a loopback address/],
  },
  {
    name: 'URL credentials and tokens are redacted in reports',
    files: { 'a.md': `${CLEAN('A')}\n[x](http://admin:hunter2@10.1.2.3/report?access_token=s3cr3t&lang=en)\n` },
    args: ['-f', 'json', 'a.md'],
    exit: 0,
    stdout: [/http:\/\/REDACTED@10\.1\.2\.3\/report\?access_token=REDACTED&lang=en/],
    stdoutNot: [/hunter2|s3cr3t/],
  },
];
