import { describe, expect, it } from 'vitest';
import { formatProgress, formatSummary } from './progress.js';

describe('progress output', () => {
  it('shows files done, articles/s and ETA', () => {
    expect(formatProgress({ total: 1000, done: 250, changed: 250, unchanged: 0, failed: 0, elapsedMs: 5000 }, 8)).toBe(
      '[##......] 250/1000 files  50.0 articles/s  ETA 15s',
    );
    expect(formatProgress({ total: 10, done: 10, changed: 8, unchanged: 0, failed: 2, elapsedMs: 2000 }, 4)).toBe(
      '[####] 10/10 files  5.0 articles/s  ETA 0s  (2 failed)',
    );
  });

  it('summarises counts and names failed files', () => {
    const summary = formatSummary({ total: 3, done: 3, changed: 1, unchanged: 1, failed: 1, elapsedMs: 1500 }, [
      { file: '/x.txt', message: 'ENOENT' },
    ]);
    expect(summary).toContain('1 new or changed, 1 unchanged, 1 failed');
    expect(summary).toContain('FAILED /x.txt: ENOENT');
  });
});
