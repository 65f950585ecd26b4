import { describe, expect, it } from 'vitest';
import { parseIngestArgs, UsageError } from './ingest-args.js';

describe('parseIngestArgs (issue 15 item 5)', () => {
  it('takes --flag=value as well as --flag value (`--batch-size=5` used to be read as a file)', () => {
    const a = parseIngestArgs(['--batch-size=5', '--concurrency', '2', 'seeds'], '/tmp');
    expect(a).toMatchObject({ batchSize: 5, concurrency: 2, inputs: ['seeds'] });
  });

  it('collects feeds, watch and interval, and the reader options', () => {
    const a = parseIngestArgs(
      [
        '--feed=http://a.example/rss',
        '--feed',
        'http://b.example/atom',
        '--watch',
        '--interval=30',
        '--max-bytes=1MiB',
        '--text-field=body',
      ],
      '/tmp',
    );
    expect(a).toMatchObject({
      feeds: ['http://a.example/rss', 'http://b.example/atom'],
      watch: true,
      intervalSeconds: 30,
    });
    expect(a.reader.limits!.maxTextBytes).toBe(1024 * 1024);
    expect(a.reader.fields!.text).toEqual(['body']);
  });

  it('refuses unknown options, bad numbers and nothing to do', () => {
    expect(() => parseIngestArgs(['--bogus', 'x'], '/tmp')).toThrow(UsageError);
    expect(() => parseIngestArgs(['--batch-size=0', 'x'], '/tmp')).toThrow(/positive integer/);
    expect(() => parseIngestArgs([], '/tmp')).toThrow(/Nothing to ingest/);
    expect(() => parseIngestArgs(['--watch', 'x'], '/tmp')).toThrow(/--feed/);
    expect(parseIngestArgs(['--help'], '/tmp').help).toBe(true);
  });
});
