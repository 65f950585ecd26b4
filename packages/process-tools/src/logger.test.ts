import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, isPrettyByDefault } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines with the level as a label, the time, the process name and the message', () => {
    const out = capture();
    createLogger({ name: 'ingest', destination: out.stream }).info({ documents: 3 }, 'ingest finished');
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0]!)).toEqual({
      level: 'info',
      time: expect.any(Number),
      name: 'ingest',
      documents: 3,
      msg: 'ingest finished',
    });
  });

  it('drops what is below its level (LOG_LEVEL) and writes nothing when silent', () => {
    const warn = capture();
    const logger = createLogger({ level: 'warn', destination: warn.stream });
    logger.info('request');
    logger.warn('slow');
    expect(warn.lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['slow']);
    const silent = capture();
    createLogger({ level: 'silent', destination: silent.stream }).error('gone');
    expect(silent.lines).toEqual([]);
  });

  it('is pretty by default only in development on a terminal', () => {
    expect([
      isPrettyByDefault('development', true),
      isPrettyByDefault('development', false),
      isPrettyByDefault('production', true),
    ]).toEqual([true, false, false]);
  });
});
