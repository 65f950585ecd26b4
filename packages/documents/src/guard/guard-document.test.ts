import { describe, expect, it } from 'vitest';
import { DocumentError } from '../errors.js';
import { loadConfig } from '@newsgraph/config';
import { createLimits, DEFAULT_LIMITS } from '../limits.js';
import { guardDocument } from './guard-document.js';
import { decodeUtf8 } from './decode-utf8.js';

const code = (fn: () => void) => {
  try {
    fn();
    return 'passed';
  } catch (error) {
    return (error as DocumentError).code;
  }
};
const guard = (doc: Parameters<typeof guardDocument>[0], limits = DEFAULT_LIMITS) =>
  code(() => guardDocument(doc, 'x', limits));

describe('guardDocument (issue 16 item 5: one guard for every entry point)', () => {
  it('passes an ordinary article', () => {
    expect(
      guard({ text: 'Intel will cut 15,000 jobs.\n\n\tThe cuts “hurt”.\f', uri: 'https://a.example/x', title: 'T' }),
    ).toBe('passed');
  });

  it('refuses empty, whitespace-only, NUL, binary, lone surrogates with a code each', () => {
    expect(guard({ text: '' })).toBe('E_EMPTY');
    expect(guard({ text: ' \n\t \u00a0' })).toBe('E_EMPTY');
    expect(guard({ text: 'abc\u0000def' })).toBe('E_BINARY');
    const binary = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    expect(guard({ text: binary.replaceAll('\u0000', 'a') })).toBe('E_BINARY');
    expect(guard({ text: `Intel ${'\ufffd'.repeat(40)} cut jobs` })).toBe('E_BINARY');
    expect(guard({ text: 'Intel \ud800 cut jobs' })).toBe('E_ENCODING');
  });

  it('refuses text over the configured limit with its size and the limit', () => {
    const limits = createLimits({ maxTextBytes: 1000 });
    expect(guard({ text: 'é'.repeat(400) }, limits)).toBe('passed');
    expect(() => guardDocument({ text: 'é'.repeat(600) }, 'big.txt', limits)).toThrow(
      'text is 1200 bytes, over the limit of 1000 bytes',
    );
    expect(guard({ text: 'a'.repeat(DEFAULT_LIMITS.maxTextBytes + 1) })).toBe('E_TOO_LARGE');
  });

  it('refuses over-long uris, titles and fields (an 8 KB uri used to give a masked index-key error)', () => {
    expect(guard({ text: 'ok', uri: `https://a.example/${'x'.repeat(8192)}` })).toBe('E_URI_TOO_LONG');
    expect(guard({ text: 'ok', title: 't'.repeat(1001) })).toBe('E_TITLE_TOO_LONG');
    expect(guard({ text: 'ok', publisher: 'p'.repeat(301) })).toBe('E_FIELD_TOO_LONG');
    expect(guard({ text: 'ok', title: 'a\u0000b' })).toBe('E_ENCODING');
  });
});

describe('decodeUtf8', () => {
  it('refuses empty, NUL and invalid UTF-8 bytes, keeps a BOM', () => {
    expect(code(() => decodeUtf8(new Uint8Array(), 'x'))).toBe('E_EMPTY');
    expect(code(() => decodeUtf8(Uint8Array.from([0x41, 0, 0x42]), 'x'))).toBe('E_BINARY');
    expect(() => decodeUtf8(Uint8Array.from([0x41, 0x6d, 0xe9, 0x20]), 'x')).toThrow('invalid UTF-8 at byte 2');
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'x')).toBe('\ufeffA');
  });
});

describe('limits', () => {
  it('refuses nonsense limits', () => {
    expect(() => createLimits({ maxTextBytes: 0 })).toThrow(RangeError);
  });

  it("the default text limit is NEWSGRAPH_MAX_DOCUMENT_BYTES's default (one limit whether or not a process reads its config)", () => {
    expect(loadConfig({ env: {} }).documents.maxTextBytes).toBe(DEFAULT_LIMITS.maxTextBytes);
  });
});
