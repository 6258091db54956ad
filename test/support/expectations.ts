// Expected findings written in the fixtures themselves (markdownlint style):
// `<!-- expect rule-id -->` on the line the finding is reported at,
// `<!-- expect rule-id@N -->` for line N, `# expect rule-id` in YAML
// frontmatter, or a sidecar `<file>.expect` with one `rule-id@line` per line
// for formats that cannot hold comments (JSON).
import { existsSync, readFileSync } from 'node:fs';

export interface Expected {
  ruleId: string;
  line: number;
}

const HTML_MARKER = /<!--\s*expect\s+([^>]*?)\s*-->/g;
const YAML_MARKER = /#\s*expect\s+(.+?)\s*$/;

export function readExpectations(absolutePath: string): Expected[] {
  const expected: Expected[] = [];
  const add = (list: string, line: number) => {
    for (const item of list.split(/[\s,]+/).filter(Boolean)) {
      const [ruleId, at] = item.split('@');
      expected.push({ ruleId: ruleId!, line: at ? Number(at) : line });
    }
  };
  const sidecar = `${absolutePath}.expect`;
  if (existsSync(sidecar)) {
    for (const line of readFileSync(sidecar, 'utf8').split('\n')) {
      const trimmed = line.trim();
      if (trimmed && !trimmed.startsWith('#')) add(trimmed, 0);
    }
  }
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch {
    return expected;
  }
  const lines = text.split(/\r?\n/);
  let inFrontmatter = lines[0]?.trim() === '---';
  lines.forEach((content, index) => {
    const lineNumber = index + 1;
    if (inFrontmatter && index > 0 && content.trim() === '---') inFrontmatter = false;
    if (inFrontmatter && index > 0) {
      const yaml = YAML_MARKER.exec(content);
      if (yaml) add(yaml[1]!, lineNumber);
    }
    for (const match of content.matchAll(HTML_MARKER)) add(match[1]!, lineNumber);
  });
  return expected;
}

export function key(e: Expected): string {
  return `${e.ruleId}@${e.line}`;
}

export function sortedKeys(list: Expected[]): string[] {
  return list.map(key).sort();
}
