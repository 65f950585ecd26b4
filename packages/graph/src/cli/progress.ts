/** Counters of an ingest run. */
export interface IngestProgress {
  /** Documents expected; null while unknown (datasets and feeds stream). */
  total: number | null;
  done: number;
  changed: number;
  unchanged: number;
  failed: number;
  elapsedMs: number;
}

function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '--';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** Articles per second so far (0 before the first second of work). */
export function articlesPerSecond(progress: IngestProgress): number {
  return progress.elapsedMs > 0 ? (progress.done * 1000) / progress.elapsedMs : 0;
}

/**
 * One progress line: `[#####.....] 120/1000 files  35.2 articles/s  ETA 25s  (3 failed)`; while the total is
 * unknown (a dataset or feed streaming in), `120 documents  35.2 articles/s  (3 failed)`.
 */
export function formatProgress(progress: IngestProgress, width = 24): string {
  if (progress.total === null) {
    const failed = progress.failed > 0 ? `  (${progress.failed} failed)` : '';
    return `${progress.done} documents  ${articlesPerSecond(progress).toFixed(1)} articles/s${failed}`;
  }
  const ratio = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(ratio * width);
  const rate = articlesPerSecond(progress);
  const eta = rate > 0 ? ((progress.total - progress.done) / rate) * 1000 : Infinity;
  const failed = progress.failed > 0 ? `  (${progress.failed} failed)` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${progress.done}/${progress.total} files  ${rate.toFixed(1)} articles/s  ETA ${progress.done === progress.total ? '0s' : formatDuration(eta)}${failed}`;
}

/** The closing summary of a run. */
export function formatSummary(
  progress: IngestProgress,
  failures: ReadonlyArray<{ file: string; message: string }>,
): string {
  const lines = [
    `Ingested ${progress.done} document(s) in ${formatDuration(progress.elapsedMs)} (${articlesPerSecond(progress).toFixed(1)} articles/s): ` +
      `${progress.changed} new or changed, ${progress.unchanged} unchanged, ${progress.failed} failed.`,
  ];
  for (const failure of failures.slice(0, 20)) lines.push(`  FAILED ${failure.file}: ${failure.message}`);
  if (failures.length > 20) lines.push(`  … and ${failures.length - 20} more.`);
  return lines.join('\n');
}
