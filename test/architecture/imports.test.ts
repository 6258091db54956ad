// The import graph: every relative import of src/ and rules/ goes downward
// (see CONTRIBUTING: "Which folder may import which"), and there is no circle.
// Read from the import statements of the sources (TypeScript 7 has no JS API to ask).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Layers from the bottom; a module may import its own layer or any below it. */
const LAYERS: { name: string; matches: (file: string) => boolean }[] = [
  { name: 'model and util', matches: (f) => (f.startsWith('src/model/') && !isRuleApi(f)) || f.startsWith('src/util/') },
  { name: 'config', matches: (f) => f.startsWith('src/config/') },
  { name: 'the rule and fact API', matches: isRuleApi },
  { name: 'families', matches: (f) => /^src\/(sources|metadata|prose|codes|links|packs)\//.test(f) },
  { name: 'rules', matches: (f) => f.startsWith('rules/') },
  { name: 'engine, reporters, audit', matches: (f) => /^src\/(engine|reporters|audit)\//.test(f) },
  { name: 'cli', matches: (f) => f.startsWith('src/cli/') },
  { name: 'the programmatic API', matches: (f) => f === 'src/index.ts' },
];

function isRuleApi(file: string): boolean {
  return file === 'src/model/rule.ts' || file === 'src/model/facts.ts';
}

function layerOf(file: string): number {
  const index = LAYERS.findIndex((layer) => layer.matches(file));
  if (index < 0) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return index;
}

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Every module an import or re-export names: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** file → the project files it imports (static `import`/`export … from` and `import()`), type-only included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sources('src'), ...sources('rules')]) {
    const targets = importSpecifiers(readFileSync(path.join(root, file), 'utf8'))
      .filter((name) => name.startsWith('.'))
      .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('reads every form of import', () => {
    const text = "import a from './a.js';\nimport type {\n  B,\n} from '../b.js';\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');\n// import z from './z.js';";
    expect(importSpecifiers(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('sees the project (guards the scanner itself)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/engine/lint.ts')).toContain('src/engine/check.ts');
  });

  it('has no import that runs upward', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (!graph.has(target)) continue;
        if (layerOf(target) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)]!.name}) imports ${target} (${LAYERS[layerOf(target)]!.name})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("parses YAML only through src/util/yaml.ts (it turns the library's process warnings off)", () => {
    const direct = [...graph.keys()].filter((file) => file !== 'src/util/yaml.ts' && importSpecifiers(readFileSync(path.join(root, file), 'utf8')).includes('yaml'));
    expect(direct).toEqual([]);
  });

  it('leaves V8 alone in the library: only the entry points import src/cli/compiler-budget.ts', () => {
    const importers = [...graph].filter(([, targets]) => targets.includes('src/cli/compiler-budget.ts')).map(([file]) => file);
    expect(importers).toEqual([]);
  });

  it('has no circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === 'open') circles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
