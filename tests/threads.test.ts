/** How many threads a batch gets: --jobs is the most, and a thread must have enough notices to repay its warm-up. */
import { describe, expect, it } from 'vitest';
import { NOTICES_PER_THREAD, threadsFor } from '../src/batch/run.js';

describe('threads for a batch', () => {
  it('starts no worker for a small batch, whatever --jobs says', () => {
    expect(threadsFor(1, 8)).toBe(1);
    expect(threadsFor(NOTICES_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(threadsFor(100, 0)).toBe(1);
  });

  it('adds a thread per NOTICES_PER_THREAD notices, up to --jobs', () => {
    expect(threadsFor(NOTICES_PER_THREAD * 2, 8)).toBe(2);
    expect(threadsFor(NOTICES_PER_THREAD * 5 + 1, 8)).toBe(5);
    expect(threadsFor(NOTICES_PER_THREAD * 100, 4)).toBe(4);
    expect(threadsFor(NOTICES_PER_THREAD * 100, 1)).toBe(1);
  });

  it('takes a lower threshold when asked (as the end-to-end tests do)', () => {
    expect(threadsFor(4, 2, 1)).toBe(2);
    expect(threadsFor(4, 8, 1)).toBe(4);
  });
});
