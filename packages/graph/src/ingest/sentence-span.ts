import { findSentenceIndex, splitSentences, type Span } from '@newsgraph/extraction';

/**
 * Expands name mentions to the sentences containing them (the extractor's sentence splitter, run once per
 * document; pass `sentences` to reuse a split), for Citation quotes. A mention outside every sentence keeps its own span.
 * Each result satisfies `text.slice(start, end) === text`.
 */
export function sentencesAround(
  text: string,
  mentions: readonly Span[],
  sentences: readonly Span[] = splitSentences(text),
): Span[] {
  return mentions.map((mention) => {
    const sentence = sentences[findSentenceIndex(sentences, mention.start)];
    return sentence && sentence.start <= mention.start && sentence.end >= mention.end ? sentence : mention;
  });
}
