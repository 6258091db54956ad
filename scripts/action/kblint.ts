// Bundle entry: the kblint command (as bin/kblint.js, from the TypeScript source).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
