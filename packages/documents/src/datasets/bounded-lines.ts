import type { Readable } from 'node:stream';

/** One line of a stream: its bytes (without the newline, nor a `\r` before it), or `tooLong` when past the bound. */
export interface Line {
  /** 1-based line number. */
  number: number;
  bytes: Buffer | null;
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a longer line is
 * skipped to its end and reported as `tooLong` (readline would buffer it whole, so a 2 GB line would take 2 GB).
 */
export async function* boundedLines(stream: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    let bytes: Buffer | null = null;
    if (!tooLong) {
      bytes = Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number, bytes, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!tooLong) {
        if (size + (end - from) > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > from) {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}
