#!/usr/bin/env node
// Builds the GitHub Action's bundle: kblint and its dependencies in three
// self-contained ES modules under dist-action/bin/, so the action runs with
// the runner's own Node and no `npm ci`, no TypeScript build and no
// dev-dependencies. `node scripts/build-action.mjs [OUTDIR]` (default
// dist-action); test/action/bundle.test.ts checks the committed bundle is
// exactly what this builds from the source.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'dist-action'));
const binDir = path.join(outDir, 'bin');

// CommonJS dependencies (piscina) use require and __dirname; an ES module has neither.
const banner = [
  "import { createRequire as __kblintCreateRequire } from 'node:module';",
  "import { fileURLToPath as __kblintFileURLToPath } from 'node:url';",
  "import { dirname as __kblintDirname } from 'node:path';",
  'const require = __kblintCreateRequire(import.meta.url);',
  'const __filename = __kblintFileURLToPath(import.meta.url);',
  'const __dirname = __kblintDirname(__filename);',
].join('\n');

// better-sqlite3 is native (the audit's history): the action only lints, so
// the bundle gets a stand-in that explains itself if the audit history is used.
const nativeStub = {
  name: 'native-stub',
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: 'better-sqlite3', namespace: 'kblint-native-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'kblint-native-stub' }, () => ({
      contents:
        'export default class Database { constructor() { throw new Error("the audit history needs better-sqlite3, which the action bundle leaves out: run kblint audit from the npm package"); } }\n',
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // node_modules may be a symlink (a git worktree): keep paths as written so every checkout builds the same bytes.
  preserveSymlinks: true,
  legalComments: 'none',
  // ES builds first: jsonc-parser's UMD main requires './impl/*' at run time, which a bundle cannot resolve.
  mainFields: ['module', 'main'],
  banner: { js: banner },
  // Optional modules piscina and others try to load, and cannot be bundled; none is on the lint path.
  external: ['playwright-core', 'fsevents', '@napi-rs/nice'],
  plugins: [nativeStub],
  logLevel: 'warning',
};

await rm(outDir, { recursive: true, force: true });
await mkdir(binDir, { recursive: true });
// One build with shared chunks: the CLI, the action's step, and the two
// worker files, which sit in chunks/ because the code that starts them looks
// beside itself (load-pool.ts for load-worker.js, piscina for worker.js).
await build({
  ...common,
  entryPoints: {
    kblint: 'scripts/action/kblint.ts',
    action: 'scripts/action/action.ts',
    'chunks/load-worker': 'src/engine/load-worker.ts',
    'chunks/worker': 'node_modules/piscina/dist/worker.js',
  },
  outdir: binDir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// ES modules, whatever the caller's package.json says; the version is read from the repository's package.json.
await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
