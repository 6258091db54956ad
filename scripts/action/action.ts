// Bundle entry: the GitHub Action's step (action.yml runs it).
import { main } from '../../src/cli/main.js';
import { defaultIO } from '../../src/cli/common.js';
import { runAction } from '../../src/cli/action.js';

process.exitCode = await runAction(process.env, defaultIO(), main);
