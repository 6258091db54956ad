import { describe, expect, it } from 'vitest';
import { defaultJobs, describeWorkerFailure, WORKER_HEAP, workerHeap } from '../../src/engine/load-pool.js';

describe('describeWorkerFailure', () => {
  it('names the memory limit when a worker ran out of heap (piscina passes on the worker\'s error code)', () => {
    const error = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(describeWorkerFailure(error, 'parsing', 2000)).toBe(
      `parsing needed more than 2000 MiB of memory and was stopped (the file may be pathological, e.g. thousands of nested lists or emphasis markers)`,
    );
  });

  it('passes on any other failure', () => {
    expect(describeWorkerFailure(new Error('boom'), 'parsing', 2000)).toBe('parsing failed: boom');
    expect(describeWorkerFailure('odd', 'parsing', 2000)).toBe('parsing failed: odd');
  });

  it('keeps the young generation at V8\'s size when it caps the old one (an old cap alone makes V8 promote nearly everything)', () => {
    for (const heap of Object.values(WORKER_HEAP)) expect(heap.maxYoungGenerationSizeMb).toBeGreaterThanOrEqual(48);
    // Several workers: under 2 GiB, so V8 lets each heap grow to about twice what survives a collection, not four times.
    expect(workerHeap(2).maxOldGenerationSizeMb).toBeLessThan(2048);
    expect(workerHeap(4)).toBe(WORKER_HEAP.shared);
    // A lone worker keeps V8's wider growth (fewer full collections).
    expect(workerHeap(1).maxOldGenerationSizeMb).toBeGreaterThanOrEqual(2048);
  });

  it('leaves a core for the main thread and V8\'s background threads, at most 4 workers, one per 16 files', () => {
    expect(defaultJobs(2461, 2)).toBe(1);
    expect(defaultJobs(2461, 1)).toBe(1);
    expect(defaultJobs(2461, 4)).toBe(3);
    expect(defaultJobs(2461, 16)).toBe(4);
    expect(defaultJobs(20, 8)).toBe(2);
    expect(defaultJobs(1, 8)).toBe(1);
  });
});
