import type { SentenceTokens } from './quantity-hits.js';

/**
 * What the quantity rules of one sentence share instead of each re-deriving it (see quantity-hits.ts): the tokens
 * of each anchor family, listed once per sentence and family rather than once per rule (some 60 rules, a dozen
 * anchor families).
 */
export interface SentenceFigures {
  /** Indices of the sentence's tokens with a bit of `anchor`, in order. */
  anchors(anchor: number): readonly number[];
}

/** The shared table of one sentence's tokens `st`, filled lazily. */
export function createSentenceFigures(st: SentenceTokens): SentenceFigures {
  const byAnchor = new Map<number, number[]>();
  return {
    anchors(anchor) {
      let list = byAnchor.get(anchor);
      if (list === undefined) {
        list = [];
        for (let i = st.from; i < st.to; i++) if (st.masks[i]! & anchor) list.push(i);
        byAnchor.set(anchor, list);
      }
      return list;
    },
  };
}
