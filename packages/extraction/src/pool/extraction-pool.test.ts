import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../extract-document.js';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../cli/render.js';
import type { DocumentInput } from '../types.js';
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

  it('prints a document on its thread exactly as the CLI prints it on the main thread (JSON and summary)', async () => {
    const input = { text: 'Kestrel Freight will cut 420 jobs, chief executive Jane Roe said on Monday.', uri: 'k.txt' };
    const doc = extractDocument(input);
    expect(await pool.extractRendered(input, { kind: 'json' })).toBe(renderDocument(doc, { kind: 'json' }));
    const summary = { kind: 'summary', where: 'k.txt' } as const;
    expect(await pool.extractRendered(input, summary)).toBe(renderDocument(doc, summary));
  });

  it('fails a document that throws alone; the others, sent before and after it, still come back', async () => {
    const good = (n: number) => ({ text: `Vessla Paper will cut ${n} jobs.`, uri: `v${n}.txt` });
    const bad = { text: 'Orsk Mills will cut 90 jobs.', uri: 42 as unknown as string } as DocumentInput; // uri.trim throws
    const outcomes = await Promise.allSettled([good(110), bad, good(120), bad, good(130)].map((i) => pool.extract(i)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toMatch(/trim/);
    expect((outcomes[4] as PromiseFulfilledResult<{ events: { count: number }[] }>).value.events[0]!.count).toBe(130);
  });

  it('fails a document whose fields cannot cross to a thread alone, and keeps serving the next one', async () => {
    const uncopyable = { text: 'Orsk Mills will cut 90 jobs.', uri: Symbol('k') as unknown as string };
    await expect(pool.extract(uncopyable)).rejects.toThrow(/could not be cloned/);
    const next = await pool.extract({ text: 'Vessla Paper will cut 140 jobs.', uri: 'v140.txt' });
    expect(next.events[0]!.count).toBe(140);
  });

  it('refuses work once closed', async () => {
    const closing = createExtractionPool({ threads: 1 });
    await closing.close();
    await expect(closing.extract({ text: 'Amazon cut 100 jobs.' })).rejects.toThrow(/closed/);
  });
});
