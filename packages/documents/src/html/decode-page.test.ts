import { describe, expect, it } from 'vitest';
import { charsetOf, decodePage } from './decode-page.js';

/** Shift_JIS bytes for text, built from Node's own decoder (every two-byte sequence decoded once). */
function shiftJis(text: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis');
  for (let hi = 0x81; hi <= 0xef; hi++)
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      const ch = dec.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe('decodePage', () => {
  it('decodes Windows-1252 declared in a meta tag (curly quotes, accents)', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(decodePage(html, 'x')).toContain('“Café” – €5');
  });

  it('decodes Shift_JIS declared in an http-equiv meta tag', () => {
    const text = '東京の会社は従業員を削減すると発表した。';
    const html = Buffer.concat([
      Buffer.from(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>',
      ),
      shiftJis(text),
      Buffer.from('</p></body></html>'),
    ]);
    expect(decodePage(html, 'x')).toContain(text);
  });

  it('prefers the HTTP charset, falls back to UTF-8, then to windows-1252 for invalid UTF-8', () => {
    expect(decodePage(Buffer.from('<p>Caf\u00e9</p>', 'latin1'), 'x', 'iso-8859-1')).toBe('<p>Café</p>');
    expect(decodePage(Buffer.from('<p>Café</p>'), 'x')).toBe('<p>Café</p>');
    expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xe9]), 'x')).toBe('<p>é');
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
  });
});
