// The floor kblint is measured against: read every Markdown file under DIR
// and parse it with a bare unified().use(remarkParse), in one thread.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = path.resolve(process.argv[2] ?? '.');
const entries = await readdir(dir, { recursive: true, withFileTypes: true });
const files = entries
  .filter((e) => e.isFile() && /\.(md|markdown)$/i.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .filter((p) => !path.relative(dir, p).split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.')))
  .sort();
const processor = unified().use(remarkParse);
let nodes = 0;
for (const file of files) {
  const tree = processor.parse(await readFile(file, 'utf8'));
  nodes += tree.children.length;
}
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);
