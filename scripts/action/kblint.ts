// Bundle entry: the kblint command (as bin/kblint.js, from the TypeScript source).
import { applyCompilerBudget } from '../../src/cli/compiler-budget.js';
import { main } from '../../src/cli/main.js';

applyCompilerBudget();
process.exitCode = await main(process.argv.slice(2));
