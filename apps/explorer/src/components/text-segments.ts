import type { TextSpan } from '../lib/routes';

/** One extracted mention: offsets into the text and the entity it refers to. */
export interface TextMention extends TextSpan {
  entity: { id: string; type: string; name: string };
}

/** A run of text highlighted the same way: part of a mention, or plain text (`mention` null). */
export interface TextPiece extends TextSpan {
  mention: TextMention | null;
}

/** The text in pieces, split at the quote: all of it is in `before` when there is no (valid) quote. */
export interface TextSegments {
  before: TextPiece[];
  /** The pieces making up exactly the quoted span; null when no quote is highlighted. */
  quote: TextPiece[] | null;
  after: TextPiece[];
}

/**
 * Drops mentions that fall outside the text or overlap an earlier one (sorted by start, longer first),
 * so every character is highlighted at most once.
 */
export function selectMentions(text: string, mentions: TextMention[]): TextMention[] {
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMention[] = [];
  let cursor = 0;
  for (const mention of sorted) {
    if (mention.start < cursor) continue;
    kept.push(mention);
    cursor = mention.end;
  }
  return kept;
}

/** The whole text as consecutive pieces: the gaps plain, each selected mention its own piece. */
function pieceText(text: string, mentions: TextMention[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const mention of selectMentions(text, mentions)) {
    if (mention.start > cursor) pieces.push({ start: cursor, end: mention.start, mention: null });
    pieces.push({ start: mention.start, end: mention.end, mention });
    cursor = mention.end;
  }
  if (cursor < text.length) pieces.push({ start: cursor, end: text.length, mention: null });
  return pieces;
}

/** The parts of `pieces` inside [from, to), cut at the bounds (a mention crossing one is split in two). */
function clip(pieces: TextPiece[], from: number, to: number): TextPiece[] {
  return pieces
    .map((p) => ({ ...p, start: Math.max(p.start, from), end: Math.min(p.end, to) }))
    .filter((p) => p.end > p.start);
}

/**
 * The text cut at mention boundaries and at the quote's, so the quote can be one mark holding its mention
 * pieces. A quote outside the text or empty is ignored (`quote` null).
 */
export function segmentText(text: string, mentions: TextMention[], quote: TextSpan | null): TextSegments {
  const pieces = pieceText(text, mentions);
  if (!quote || quote.start < 0 || quote.end > text.length || quote.end <= quote.start)
    return { before: pieces, quote: null, after: [] };
  return {
    before: clip(pieces, 0, quote.start),
    quote: clip(pieces, quote.start, quote.end),
    after: clip(pieces, quote.end, text.length),
  };
}
