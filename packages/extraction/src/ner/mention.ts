import type { EntityType } from '../types.js';

/** A name found in the text, before resolution into entities. Offsets index the full document text. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name of the thing named (the gazetteer name, or the full name of a person). */
  name: string;
  /** Source kind for `type === 'Source'`. */
  kind?: string;
  /** Canonical name of the parent organization, when known. */
  parent?: string;
}

/** Sorts by start, longer first; then drops mentions overlapping an earlier kept one. */
export function dropOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start >= lastEnd) {
      out.push(m);
      lastEnd = m.end;
    }
  }
  return out;
}
