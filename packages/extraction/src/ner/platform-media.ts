/**
 * A name written only as the medium someone spoke through — "the chief executive wrote in a Kestrelnet post",
 * "on his Kestrelnet page", "said on Kestrelnet" — names the place a statement appeared, not an organization acting in
 * the story: a social platform the knowledge base knows is no company of the article unless it is also written
 * acting or described.
 *
 * Only when every mention is so written: after an article or a possessive and before "post", "page", "video",
 * "channel" … (an "account" only someone's "official" or "personal" one), or after "wrote/posted/said … on".
 * "Kestrelnet posted a loss" and "Kestrelnet will cut 300 jobs" are the company's own acts; "said in a Vessla Bank
 * statement" is the bank speaking and "a Vessla Bank account" the bank's, so neither noun counts.
 */
const MEDIUM_NOUN_AFTER_RE = /^ (?:post|posts|page|video|livestream|channel|feed)\b/;
const OWN_ACCOUNT_AFTER_RE = /^ account\b/;
const OWN_ACCOUNT_BEFORE_RE = /\b(?:official|personal|verified)\s+$/;
const HOLDER_BEFORE_RE = /\b(?:a|an|the|his|her|its|their|our|official|personal)\s+$/i;
const WROTE_ON_BEFORE_RE = /\b(?:wrote|posted|said|announced|shared|published|confirmed)\s+(?:it\s+|this\s+)?on\s+$/;

/** Whether the mention at `start`..`end` is the medium of a statement ("in a Kestrelnet post", "wrote on Kestrelnet"). */
export function isMediumMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (WROTE_ON_BEFORE_RE.test(before)) return true;
  const after = text.slice(end, end + 14);
  // "on his personal Kestrelnet account": an account on a platform, written as someone's own.
  if (OWN_ACCOUNT_BEFORE_RE.test(before) && OWN_ACCOUNT_AFTER_RE.test(after)) return true;
  return HOLDER_BEFORE_RE.test(before) && MEDIUM_NOUN_AFTER_RE.test(after);
}
