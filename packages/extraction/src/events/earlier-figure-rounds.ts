import type { Draft } from './draft.js';

/** "In 2014, …", "Back in June 2020, …", "“In 2024 alone, …": a sentence that opens on the year it is set in. */
const YEAR_OPENER_RE = /^["“‘']?(?:Back )?[Ii]n (?:[A-Z][a-z]{2,8} )?((?:19|20)\d\d)\b/;

/**
 * "Norrvik Air last ran such a scheme in 2016, when 240 employees applied", "Kestrel last trimmed staff in 2019, when
 * it shed 900 posts": the year a "when" clause sets the round in.
 */
const YEAR_WHEN_RE = /\b[Ii]n (?:[A-Z][a-z]{2,8} )?((?:19|20)\d\d),? when\b/;

/** "a new round of retrenchments", "the second wave of layoffs": a round told as one after others. */
const NEW_ROUND_RE = /\b(?:new|fresh|another|second|third|fourth|latest)\s+(?:round|wave)s?\b/i;

/** "The first wave in March claimed …", "an earlier round of 300 cuts": the round before the news. */
const FIRST_ROUND_RE = /\b(?:first|previous|earlier|last|prior)\s+(?:round|wave)\b/i;

/** A round with a figure as the sentence rules see it: its sentence, its index and its date. */
export interface FigureRound {
  text: string;
  si: number;
  when: string | null;
}

/**
 * "Kestrel to carry out voluntary retirement programme" as the headline or lede, and below it "In 2014, some 200
 * office workers left Kestrel in a retirement programme": news without a figure is no retelling of a round set in an
 * earlier year and told as background; the two stay apart. So are "a new round of retrenchments" told anywhere and
 * "The first wave in March claimed ten jobs" told after it. The round is earlier when its year is before the
 * article's, or (undated article) when its sentence opens on its year or sets it in a "when" clause, or when it is called the first or previous
 * round of a new one. `news` is the mention without a figure, `round` a round with a figure told after it.
 */
export function isEarlierRound(work: string, news: Draft, round: FigureRound, publishedAt: string | null): boolean {
  if (news.transaction || round.si < news.si + 2) return false;
  const newRound = NEW_ROUND_RE.test(work.slice(news.evidence[0]!.start, news.evidence[0]!.end));
  // "… in 2016, when 240 employees applied": a round its own sentence sets in a year before the news, whatever
  // sentence tells the news.
  const whenYear = YEAR_WHEN_RE.exec(round.text)?.[1];
  const year = publishedAt?.slice(0, 4);
  if (whenYear && (!year || !/^\d{4}$/.test(year) || whenYear < year)) return true;
  if (news.si > 1 && !newRound) return false;
  if (newRound && FIRST_ROUND_RE.test(round.text)) return true;
  const opener = YEAR_OPENER_RE.exec(round.text.slice(0, 40));
  const roundYear = round.when?.slice(0, 4) ?? opener?.[1];
  if (roundYear && year && /^\d{4}$/.test(year)) return roundYear < year;
  return opener !== null;
}

/** A draft with a figure as a FigureRound. */
export const figureRoundOf = (work: string, d: Draft): FigureRound => ({
  text: work.slice(d.evidence[0]!.start, d.evidence[0]!.end),
  si: d.si,
  when: d.when,
});
