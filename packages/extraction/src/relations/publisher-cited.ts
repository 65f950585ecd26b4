import { STRONG_REPORTED_AFTER_RE } from './outlet-lexicon.js';
import { NEWSROOM_ACT_AFTER_RE } from './outlet-mentions.js';

/**
 * Whether the article's own publisher, named in its body with its name ending at `end`, is cited there by its newsroom's
 * own acts (the 60 characters after `end` are read):
 * "Kora Daily reported on Monday that …", "Kora Daily has learnt that …", "Kora Daily had been first to report the plan".
 * Elsewhere — a copyright line, "a manager told Kora Daily" (the publisher only interviewing) — it is not cited.
 */
export function publisherCitedAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return STRONG_REPORTED_AFTER_RE.test(after) || NEWSROOM_ACT_AFTER_RE.test(after);
}
