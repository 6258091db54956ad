#!/usr/bin/env node
// Thin shim: the CLI returns an exit code; only this file (and the action's
// bundle entry) touches the process.
import { applyCompilerBudget } from '../dist/src/cli/compiler-budget.js';
import { main } from '../dist/src/cli/main.js';

applyCompilerBudget();
process.exitCode = await main(process.argv.slice(2));
