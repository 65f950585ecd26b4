import { readInputs } from '@newsgraph/documents';
import type { Graph } from '../graph.js';
import type { IngestArgs } from './ingest-args.js';
import { countDocuments } from './count-inputs.js';
import { ingestReadResults } from './ingest-run.js';
import { formatProgress, formatSummary, type IngestProgress } from './progress.js';

/** Where runIngest writes and what stops it. */
export interface RunIngestIo {
  signal?: AbortSignal;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
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

/**
 * One `npm run ingest` run over files, folders and datasets: everything read through the shared reader, written in
 * batches, then the summary. Returns the exit code (1 when any document failed).
 */
export async function runIngest(graph: Graph, args: IngestArgs, io: RunIngestIo): Promise<number> {
  const cwd = args.reader.cwd ?? process.cwd();
  const result = await ingestReadResults(readInputs(args.inputs, args.reader), {
    ingest: (inputs) => graph.ingestTexts(inputs, args.batchSize),
    concurrency: args.concurrency,
    batchSize: args.batchSize,
    total: await countDocuments(args.inputs, cwd),
    onProgress: createProgressPrinter(io.stderr),
  });
  io.stdout.write(`${formatSummary(result.progress, result.failures)}\n`);
  return result.progress.failed > 0 ? 1 : 0;
}
