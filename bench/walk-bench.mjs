#!/usr/bin/env node
// The structural checks per article, in one process on already parsed trees:
// the way they ran before the one tree walk (each default remark-lint package
// through unified's plugin interface, and one unist-util-visit walk each for
// links, anchors, unused definitions, inline comments and the depth guard)
// against src/sources/walk.ts and what reads it. Rounds alternate, so machine
// load hits both alike; prints the median ms per round and per article.
// Usage: node bench/walk-bench.mjs [DIR] [--limit 800] [--rounds 7]   (build first)
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/tmp/corpus';
const limit = Number(option('--limit', '800'));
const rounds = Number(option('--rounds', '7'));

const { parseMarkdown } = await dist('src/sources/markdown.js');
const { walkTree } = await dist('src/sources/walk.js');
const { linksOf, anchorsOf, unusedOf, collectAnchors } = await dist('src/links/extract.js');
const { directivesOf } = await dist('src/engine/inline-config.js');
const { BUILT_IN_REMARK_LINT } = await dist('rules/remark-lint/index.js');
const plugins = await Promise.all(BUILT_IN_REMARK_LINT.map(async (entry) => (await entry.load()).default));

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.md'))
  .map((e) => path.join(e.parentPath, e.name))
  .sort()
  .slice(0, limit);
const trees = files.map((file) => parseMarkdown(readFileSync(file, 'utf8')));

// The previous per-check walks, as src/links/extract.ts, inline-config.ts and load-file.ts had them.
function before(tree) {
  let found = 0;
  for (const plugin of plugins) {
    const file = new VFile({ value: '' });
    plugin([1, undefined])(tree, file, () => {});
    found += file.messages.length;
  }
  const links = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition' || node.type === 'html') links.push(node);
  });
  found += linksOf(links).length;
  found += collectAnchors(tree).size;
  const used = new Set();
  const definitions = [];
  visit(tree, (node) => {
    if (node.type === 'linkReference' || node.type === 'imageReference') used.add(node.identifier.toLowerCase());
    else if (node.type === 'definition') definitions.push(node);
  });
  found += definitions.filter((d) => !used.has(d.identifier.toLowerCase())).length;
  const html = [];
  visit(tree, 'html', (node) => html.push(node));
  found += directivesOf(html).length;
  let deepest = 0;
  const stack = [[tree, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (depth > deepest) deepest = depth;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return found + deepest;
}

function after(tree) {
  const walk = walkTree(tree);
  let found = 0;
  for (const { check } of BUILT_IN_REMARK_LINT) found += check(walk).length;
  found += linksOf(walk.targets).length;
  found += anchorsOf(walk.headingsAndHtml).size;
  found += unusedOf(walk).length;
  found += directivesOf(walk.headingsAndHtml).length;
  return found + walk.depth;
}

const time = (fn) => {
  const started = process.hrtime.bigint();
  let sum = 0;
  for (const tree of trees) sum += fn(tree);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, sum };
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`${trees.length} articles from ${dir}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const results = { before: [], after: [] };
let sums;
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const name of order) {
    const { ms, sum } = time(name === 'before' ? before : after);
    results[name].push(ms);
    sums = { ...sums, [name]: sum };
  }
}
if (sums.before !== sums.after) console.log(`note: the two sides counted differently (${sums.before} vs ${sums.after})`);
for (const name of ['before', 'after']) {
  const ms = median(results[name]);
  console.log(`${name.padEnd(7)} median ${ms.toFixed(0)} ms a round, ${((ms * 1000) / trees.length).toFixed(0)} µs an article`);
}
console.log(`after / before: ${(median(results.after) / median(results.before)).toFixed(2)}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
