import { describe, expect, it } from 'vitest';
import { describeWorkerFailure, WORKER_HEAP } from '../../src/engine/load-pool.js';

describe('describeWorkerFailure', () => {
  it('names the memory limit when a worker ran out of heap (piscina passes on the worker\'s error code)', () => {
    const error = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(describeWorkerFailure(error, 'parsing')).toBe(
      `parsing needed more than ${WORKER_HEAP.maxOldGenerationSizeMb} MiB of memory and was stopped (the file may be pathological, e.g. thousands of nested lists or emphasis markers)`,
    );
  });

  it('passes on any other failure', () => {
    expect(describeWorkerFailure(new Error('boom'), 'parsing')).toBe('parsing failed: boom');
    expect(describeWorkerFailure('odd', 'parsing')).toBe('parsing failed: odd');
  });

  it('keeps the young generation at V8\'s size when it caps the old one (an old cap alone makes V8 promote nearly everything)', () => {
    expect(WORKER_HEAP.maxYoungGenerationSizeMb).toBeGreaterThanOrEqual(48);
    // Under 2 GiB: V8 then lets the heap grow to about twice what survives a collection, not four times.
    expect(WORKER_HEAP.maxOldGenerationSizeMb).toBeLessThan(2048);
  });
});
