import { describe, expect, it } from 'vitest';
import { ANONYMOUS_OPERATION, OTHER_OPERATION, createOperationLabeler } from './operation-label.js';

describe('createOperationLabeler', () => {
  it('keeps the first names, then collapses new ones into "other", whatever clients send', () => {
    const label = createOperationLabeler(2);
    expect(label('Search')).toBe('Search');
    expect(label('Entity')).toBe('Entity');
    expect(label('Third')).toBe(OTHER_OPERATION);
    expect(label('Search')).toBe('Search');
    const seen = new Set(Array.from({ length: 1000 }, (_, i) => label(`Random${i}`)));
    expect([...seen]).toEqual([OTHER_OPERATION]);
  });

  it('labels unnamed operations "anonymous" and names that are not GraphQL names "other"', () => {
    const label = createOperationLabeler();
    expect(label(null)).toBe(ANONYMOUS_OPERATION);
    expect(label('')).toBe(ANONYMOUS_OPERATION);
    expect(label('not a name"}')).toBe(OTHER_OPERATION);
    expect(label('x'.repeat(65))).toBe(OTHER_OPERATION);
  });
});
