#!/usr/bin/env node
// Thin shim: the CLI returns an exit code; only this file touches the process.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
