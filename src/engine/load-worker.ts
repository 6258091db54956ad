// Worker-thread entry for the parse pool (see load-pool.ts).
import { loadFile, type LoadTask } from './load-file.js';

export default function load(task: LoadTask) {
  return loadFile(task);
}
