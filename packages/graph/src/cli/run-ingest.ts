import { setTimeout as sleep } from 'node:timers/promises';
import { createFetcher, readInputs, readUrl, type Fetcher, type ReadResult } from '@newsgraph/documents';
import type { Logger } from '@newsgraph/process-tools';
import type { Graph } from '../graph.js';
import type { IngestArgs } from './ingest-args.js';
import { countDocuments } from './count-inputs.js';
import { ingestFeed } from './ingest-feeds.js';
import { ingestReadResults, type IngestRunResult } from './ingest-run.js';
import { orderedMap } from './ordered-map.js';
import { createExtractionPool } from '@newsgraph/extraction/pool';
import { createPooledIngest } from '../pipeline/pooled-ingest.js';
import { formatProgress, formatSummary, type IngestProgress } from './progress.js';

/** Where runIngest writes, what stops it, and (for tests) the fetcher to use. */
export interface RunIngestIo {
  signal?: AbortSignal;
  /** The human summary of each run or poll. */
  stdout: NodeJS.WritableStream;
  /** The human progress line. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Operational events as structured lines (runs, polls, failed documents); default none. */
  logger?: Logger;
  fetcher?: Fetcher;
}

/** One structured line per run or feed poll, and a warning per failed document (its place and reason, no text). */
function logRun(logger: Logger | undefined, result: IngestRunResult, fields: Record<string, unknown>): void {
  if (!logger) return;
  for (const failure of result.failures)
    logger.warn({ ...fields, document: failure.file, reason: failure.message }, 'document failed');
  const { done, changed, unchanged, failed, elapsedMs } = result.progress;
  logger.info(
    { ...fields, documents: done, changed, unchanged, failed, durationMs: Math.round(elapsedMs) },
    'feed' in fields ? 'feed polled' : 'ingest finished',
  );
}

/** A progress printer: redrawn in place on a terminal (at most every 100 ms), a line every 5 s otherwise. */
export function createProgressPrinter(stderr: RunIngestIo['stderr']): (progress: IngestProgress) => void {
  let lastDraw = 0;
  return (progress) => {
    const now = Date.now();
    const last = progress.total !== null && progress.done === progress.total;
    if (stderr.isTTY && (now - lastDraw > 100 || last))
      stderr.write(`\r${formatProgress(progress)}\u001b[K${last ? '\n' : ''}`);
    else if (!stderr.isTTY && (now - lastDraw > 5_000 || last)) stderr.write(`${formatProgress(progress)}\n`);
    else return;
    lastDraw = now;
  };
}

const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/** Files and folders through the reader, then URLs fetched a few ahead, in the order given. */
async function* readAll(args: IngestArgs, fetcher: Fetcher): AsyncGenerator<ReadResult> {
  const paths = args.inputs.filter((input) => !isUrl(input));
  const urls = args.inputs.filter(isUrl);
  if (paths.length > 0) yield* readInputs(paths, args.reader);
  yield* orderedMap(urls, 4, (url) => readUrl(url, fetcher, args.reader.limits));
}

/**
 * `npm run ingest`: files, folders, datasets and URLs through the shared reader, then each `--feed`; with
 * `--watch`, the feeds again every `--interval` seconds until the signal aborts (Ctrl-C), each poll printing its
 * summary. Returns the exit code: 1 when any document of the last pass failed, else 0.
 */
export async function runIngest(graph: Graph, args: IngestArgs, io: RunIngestIo): Promise<number> {
  const fetcher =
    io.fetcher ?? createFetcher({ allowPrivate: args.allowPrivate, maxBytes: args.reader.limits?.maxPageBytes });
  const write = (result: IngestRunResult, heading?: string) =>
    io.stdout.write(`${heading ? `${heading}\n` : ''}${formatSummary(result.progress, result.failures)}\n`);
  // Extraction on worker threads (the pipeline: reader → extraction threads → batched writes, overlapping).
  const pool = args.threads > 0 ? createExtractionPool({ threads: args.threads }) : null;
  const common = {
    ingest: pool
      ? createPooledIngest(graph, pool, args.batchSize)
      : (inputs: Parameters<Graph['ingestTexts']>[0]) => graph.ingestTexts(inputs, args.batchSize),
    concurrency: args.concurrency,
    batchSize: args.batchSize,
  };
  let failed = 0;
  try {
    if (args.inputs.length > 0) {
      const urls = args.inputs.filter(isUrl).length;
      const files = await countDocuments(
        args.inputs.filter((input) => !isUrl(input)),
        args.reader.cwd ?? process.cwd(),
      );
      const result = await ingestReadResults(readAll(args, fetcher), {
        ...common,
        total: files === null ? null : files + urls,
        onProgress: createProgressPrinter(io.stderr),
      });
      write(result);
      logRun(io.logger, result, { inputs: args.inputs.length });
      failed += result.progress.failed;
    }
    for (let poll = 1; args.feeds.length > 0 && !io.signal?.aborted; poll++) {
      failed = 0;
      for (const feed of args.feeds) {
        if (io.signal?.aborted) break;
        const result = await ingestFeed(graph, feed, { ...common, fetcher, limits: args.reader.limits! });
        const when = new Date().toISOString().slice(0, 19).replace('T', ' ');
        write(result, `[${when}] ${result.feed}: ${result.listed} items, ${result.fresh} new or changed`);
        logRun(io.logger, result, { feed: result.feed, listed: result.listed, fresh: result.fresh, poll });
        failed += result.progress.failed;
      }
      if (!args.watch) break;
      await sleep(args.intervalSeconds * 1000, undefined, { signal: io.signal }).catch(() => undefined);
    }
  } finally {
    if (!io.fetcher) await fetcher.close();
    await pool?.close();
  }
  return failed > 0 ? 1 : 0;
}
