import { describe, expect, it } from 'vitest';
import { isHtml, maskHtml } from './html.js';

describe('maskHtml', () => {
  it('keeps the length and blanks markup, scripts and styles', () => {
    const page =
      '<!DOCTYPE html><html><head><script>var a="Meta cut 9 jobs";</script></head><body><p>Google cut 12,000 jobs.</p></body></html>';
    const masked = maskHtml(page);
    expect(masked.length).toBe(page.length);
    expect(masked).not.toContain('Meta');
    const at = masked.indexOf('Google cut 12,000 jobs.');
    expect(page.slice(at, at + 23)).toBe('Google cut 12,000 jobs.');
  });

  it('decodes entities in place without moving offsets', () => {
    const m = maskHtml('<p>AT&amp;T &mdash; ok</p>');
    expect(m.length).toBe('<p>AT&amp;T &mdash; ok</p>'.length);
    expect(m).toContain('—');
  });

  it('detects pages, not prose', () => {
    expect(isHtml('<!doctype html><p>x</p>')).toBe(true);
    expect(isHtml('Amazon <b>cut</b> jobs.')).toBe(false);
  });
});
