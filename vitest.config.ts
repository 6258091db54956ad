import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes, not threads: a test parses a file nested 20,000 levels deep in "the main
    // thread", which must have the main thread's stack (a worker's larger one parses for minutes).
    pool: 'forks',
    // Both cores (vitest's default leaves one free); the tests wait on files, workers and children.
    maxWorkers: 2,
    // Each fork keeps the modules it has loaded from one test file to the next instead of loading
    // the engine again per file. Tests share no state: no test changes cwd, env, process.exitCode
    // or listeners (the CLI runs through its IO seam), and no test mocks a module.
    isolate: false,
  },
});
