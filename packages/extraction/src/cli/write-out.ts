/**
 * Characters gathered before one write to stdout: few large writes instead of one per file, yet small enough
 * that the buffered strings die young (a 1 MB buffer got them promoted and doubled the CLI's GC time).
 */
export const OUT_BUFFER_CHARS = 64 * 1024;

/** A buffered writer to a stream (stdout by default). */
export interface Output {
  /** Appends a chunk; writes the buffer once it holds OUT_BUFFER_CHARS, waiting for the stream to drain when full. */
  write(chunk: string): Promise<void>;
  /** Writes what is buffered (before a message on stderr, and at the end). */
  flush(): Promise<void>;
}

/**
 * Output that streams at the reader's pace but in ~64 KB writes: memory stays bounded by the buffer, and a
 * per-file write (a syscall and a drain wait for each small article) no longer dominates the CLI's time.
 */
export function createOutput(stream: NodeJS.WritableStream = process.stdout, limit = OUT_BUFFER_CHARS): Output {
  let parts: string[] = [];
  let size = 0;
  const flush = (): Promise<void> => {
    if (size === 0) return Promise.resolve();
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return new Promise((resolve, reject) => {
      if (stream.write(chunk)) return resolve();
      stream.once('drain', resolve);
      stream.once('error', reject);
    });
  };
  return {
    write(chunk) {
      parts.push(chunk);
      size += chunk.length;
      return size >= limit ? flush() : Promise.resolve();
    },
    flush,
  };
}
