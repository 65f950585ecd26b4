/** Writes to stdout and waits for it to drain when the buffer is full, so output streams at the reader's pace. */
export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) return resolve();
    process.stdout.once('drain', resolve);
    process.stdout.once('error', reject);
  });
}
