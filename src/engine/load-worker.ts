// Worker-thread entry for the job pool (see load-pool.ts): set up once per
// thread from workerData, then run one file job per task, writing which step
// it is in to the shared progress slots so the main thread can time it.
import { workerData } from 'piscina';
import { createJobSetup, runFileJob, type JobSetup } from './file-job.js';
import type { FileOutcome } from './outcome.js';
import { STAGE, type WorkerData, type WorkerTask } from './load-pool.js';

const data = workerData as WorkerData;
const view = new Int32Array(data.progress);
let setup: Promise<JobSetup> | null = null;

export default async function run(task: WorkerTask): Promise<FileOutcome> {
  const slot = task.slot;
  setup ??= createJobSetup(data.spec);
  const ready = await setup;
  Atomics.store(view, slot * 2 + 1, STAGE.reading);
  Atomics.store(view, slot * 2, Math.max(1, Date.now() - data.epoch));
  return runFileJob(task, ready, (ruleIndex) => Atomics.store(view, slot * 2 + 1, STAGE.rules + ruleIndex));
}
