import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '@newsgraph/extraction';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool } from './extraction-pool.js';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const pool = createExtractionPool({ threads: 2 });
afterAll(() => pool.close());

describe('createExtractionPool', () => {
  it('extracts on its threads exactly what extractDocument returns, many documents at once', async () => {
    const inputs = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ text: readFileSync(seeds + name, 'utf8'), uri: `file:seeds/${name}`, title: name }));
    expect(inputs.length).toBeGreaterThan(1);
    const twice = [...inputs, ...inputs];
    const pooled = await Promise.all(twice.map((input) => pool.extract(input)));
    pooled.forEach((extraction, i) => expect(extraction).toEqual(extractDocument(twice[i]!)));
  }, 60_000); // two threads each load the extractor's lexicons through tsx: seconds on a loaded machine

  it('refuses work once closed', async () => {
    const closing = createExtractionPool({ threads: 1 });
    await closing.close();
    await expect(closing.extract({ text: 'Amazon cut 100 jobs.' })).rejects.toThrow(/closed/);
  });
});
