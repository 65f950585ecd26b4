import type { Span } from '../types.js';

/** Most evidence sentences kept per relation or event: enough to read, bounded for very long documents. */
export const MAX_EVIDENCE = 25;

/** Appends sentence `s` to `list` unless already there or the list is full (lists stay short, so a scan is cheap). */
export function addEvidence(list: Span[], s: Span): void {
  if (list.length >= MAX_EVIDENCE) return;
  for (const e of list) if (e.start === s.start) return;
  list.push(s);
}
