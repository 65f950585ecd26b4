import { describe, expect, it } from 'vitest';
import { nestingDepth } from './nesting-depth.js';

describe('nestingDepth', () => {
  it('counts nested elements, not void, self-closed, auto-closed or script contents', () => {
    expect(nestingDepth('<html><body><div><p>a<p>b<br><img src=x><span/>c</div></body></html>')).toBe(3);
    expect(nestingDepth('<div><script>"<div><div><div>"</script></div>')).toBe(1);
    expect(nestingDepth('<div>'.repeat(5000), 100)).toBe(101);
  });
});
