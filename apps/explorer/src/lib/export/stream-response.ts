import { describeApiFailure } from '../api';

/** What a download is called and what it holds. */
export interface DownloadOptions {
  filename: string;
  contentType: string;
  /** The answer to a failure before the first chunk, when it is not the API's (e.g. 404 for an unknown id). */
  failure?: (error: unknown) => Response | undefined;
}

/**
 * A streamed download of `chunks`: the first chunk is awaited before answering, so a failure up front (API down,
 * bad filter) is an error status with a message rather than an empty file; after that, each chunk is sent as the
 * client reads (the source is pulled, never buffered whole). A failure mid-way ends the stream with an error, so
 * the client sees a broken download, not a silently short one.
 */
export async function streamDownload(chunks: AsyncIterable<string>, options: DownloadOptions): Promise<Response> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    const own = options.failure?.(error);
    if (own) return own;
    const failure = describeApiFailure(error);
    return new Response(`${failure.title}: ${failure.message}\n`, {
      status: failure.status >= 500 ? failure.status : 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await iterator.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': options.contentType,
      'content-disposition': `attachment; filename="${options.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
