import { F } from './trigger-lexicon.js';
import { JOB_NOUN, QUANTITY_LEAD, QUANTITY_OF_JOBS, QUANTITY_OF_JOBS_LEAD } from './numbers.js';
import type { QuantityRule } from './triggers.js';

/** Modifiers a count may carry before it, for rules that look back from the number. */
export const MOD_BEFORE =
  '(?:(?:about|around|roughly|some|nearly|over|more than|up to|as many as|approximately|close to|an estimated)\\s+)?';

/**
 * Plain and non-native English wordings of a cut that the verb rules of triggers.ts do not reach: an idiom of
 * several words, a cut told by what happens to the workers, and a count that restates a share just told.
 */
export const PLAIN_RULES: QuantityRule[] = [
  {
    // "a plan that would do away with nearly 2,400 jobs" (the match starts at "away": "do" is too common a word to
    // anchor on).
    name: 'do-away-with',
    anchor: F.cue,
    ahead: { bits: F.number, within: 6 },
    re: new RegExp(`(?<=\\b(?:do|does|did|doing|done)\\s+)away\\s+with\\s+${QUANTITY_OF_JOBS}`, 'iy'),
    kind: 'layoff',
  },
  {
    // "decided to terminate the employment of 450 workers", "terminated the services of 120 contract staff".
    name: 'terminate-employment',
    anchor: F.cutVerb,
    ahead: { bits: F.number, within: 8 },
    re: new RegExp(
      `terminat(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:employment|services|contracts|appointments)\\s+of\\s+${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "putting 800 employees out of work", "will leave some 1,000 miners jobless", "rendered 300 staff unemployed",
    // "leaving 1,200 workers without a job".
    name: 'out-of-work',
    anchor: F.number,
    gate: /out\s+of\s|jobless|unemployed|without\s/i,
    re: new RegExp(
      `(?<=\\b(?:put(?:s|ting)?|throw(?:s|ing|n)?|threw|leav(?:e|es|ing)|left|render(?:s|ed|ing)?|mak(?:e|es|ing)|made)\\s+${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}\\s+(?:out\\s+of\\s+(?:work|a\\s+job|their\\s+jobs)|jobless|unemployed|without\\s+(?:a\\s+job|jobs|work|employment))\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "laid 300 workers off last month", "will lay about 1,000 staff off": the particle after the count.
    name: 'lay-count-off',
    anchor: F.cutVerb,
    ahead: { bits: F.number, within: 4 },
    re: new RegExp(`la(?:y|ys|id|ying)\\s+${QUANTITY_OF_JOBS}\\s+off\\b`, 'iy'),
    kind: 'layoff',
  },
  {
    // "will have 1,500 fewer employees by 2026", "to employ 800 fewer people": the jobs that go.
    name: 'fewer-staff',
    anchor: F.number,
    ahead: { bits: F.cue, within: 2 },
    re: new RegExp(
      `(?<=\\b(?:ha(?:ve|s|d|ving)|employ(?:s|ed|ing)?|need(?:s|ed|ing)?|with)\\s+${MOD_BEFORE})(?=\\S+\\s+fewer\\s)${QUANTITY_OF_JOBS_LEAD}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "700 employees will receive termination notices", "some 300 staff received redundancy letters".
    name: 'receive-notices',
    anchor: F.number,
    ahead: { bits: F.cutNoun, within: 10 },
    gate: /notices|letters/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:will|would|are\\s+to|have|had|have\\s+already|already|are\\s+set\\s+to)\\s+)?(?:receive|received|receiving|get|got)\\s+(?:their\\s+)?(?:redundancy|termination|layoff|lay-off|retrenchment|dismissal)\\s+(?:notices|letters)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Norrvik said it will cut jobs. The number of positions affected is 1,500.": the size of the round just told.
    name: 'number-is',
    anchor: F.number,
    gate: /number/,
    anaphoric: true,
    re: new RegExp(
      `(?<=(?:^|,\\s+)[Tt]he\\s+(?:total\\s+)?number\\s+of\\s+(?:[a-z-]+\\s+){0,2}?(?:jobs|positions|roles|posts|employees|workers|staff|job\\s+cuts|job\\s+losses|layoffs|redundancies)(?:\\s+(?:affected|concerned|to\\s+be\\s+cut|to\\s+go|cut|lost))?\\s+(?:is|was|will\\s+be|would\\s+be|stands\\s+at|is\\s+expected\\s+to\\s+be|is\\s+put\\s+at)\\s+${MOD_BEFORE})${QUANTITY_LEAD}(?![\\d,.]*\\s*(?:%|per\\s?cent|percent|billion|million))(?=\\s*[.,;:)]|\\s*$|\\s+(?:in|by|this|next|over|across|worldwide|globally|people|employees|jobs|positions|roles)\\b)`,
      'y',
    ),
    kind: 'layoff',
  },
  {
    // "… will reduce its workforce by up to 30 percent. That equates to as many as 3,500 of its 12,500 staff.": the
    // count of the round just told with a share.
    name: 'restated-count',
    anchor: F.number,
    gate: /^(?:that|this|it|the)\s[^]*?(?:equa|amount|translat|correspond|work|means|represents)/i,
    anaphoric: true,
    re: new RegExp(
      `(?<=^(?:That|This|It|The\\s+(?:figure|cut|cuts|reduction|reductions|plan|move|job\\s+cuts|job\\s+losses))\\s+(?:(?:would|will|could)\\s+be\\s+|is\\s+)?(?:equates?|equated|amounts?|amounted|translates?|translated|corresponds?|corresponded|works?\\s+out|equal|equals|means|represents)\\s+(?:to\\s+)?${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the plan will see around 1,200 staff leave the company", "about 300 employees will leave the group".
    name: 'leave-the-company',
    anchor: F.number,
    ahead: { bits: F.workforce, within: 6 },
    gate: /leave\s+the\s/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:will|would|are\\s+to|are\\s+set\\s+to|are\\s+expected\\s+to|must|could|may)\\s+)?leave\\s+the\\s+(?:company|group|firm|bank|carmaker|airline|business|organi[sz]ation|lender|insurer|broadcaster|operator)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "some 1,200 temporary workers will not have their contracts renewed", "400 contract staff whose contracts will
    // not be renewed".
    name: 'contracts-not-renewed',
    anchor: F.number,
    ahead: { bits: F.cutVerb, within: 12 },
    gate: /contracts/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:will|would|are\\s+to|are\\s+set\\s+to)\\s+not\\s+have\\s+their\\s+contracts\\s+(?:renewed|extended)|whose\\s+contracts\\s+(?:will|would)\\s+not\\s+be\\s+(?:renewed|extended))\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // Non-native orders and nouns: "is going to make redundant 1,200 of its workers", "will proceed with the lay off of
    // 900 workers", "announced the cutting of 1,200 work places".
    name: 'made-redundant-first',
    anchor: F.participle | F.cutVerb,
    ahead: { bits: F.number, within: 8 },
    re: new RegExp(
      `(?:(?<=\\bma(?:ke|kes|king|de)\\s+)redundant|lay\\s+off\\s+of|(?:cutting|shedding|axing|slashing|trimming|scrapping|dismissing|retrenching|firing|sacking)\\s+of)\\s+(?:(?:the|its|their|up\\s+to|about|around|some|nearly|another|a\\s+further)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "The cuts follow the first round, after 800 were let go in 2022": a count without its noun, in the passive,
    // told after "after" or "when" (an earlier round in a background clause).
    name: 'bare-count-let-go',
    anchor: F.number,
    ahead: { bits: F.participle, within: 6 },
    re: new RegExp(
      `(?<=\\b(?:after|when|once)\\s+${MOD_BEFORE})${QUANTITY_LEAD}\\s+(?:(?:were|had\\s+been|have\\s+been|was)\\s+)(?:let\\s+go|laid\\s+off|made\\s+redundant|dismissed|axed|sacked|retrenched)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "… said it would cut jobs. Around 1,200 will go.", "This time 1,200 will be cut.": a count without its noun that
    // opens its sentence (or follows "This time") and goes; the round is the one the text is about.
    name: 'bare-count-goes',
    anchor: F.number,
    ahead: { bits: F.participle, within: 6 },
    re: new RegExp(
      `(?<=^(?:This\\s+time\\s+|In\\s+all,?\\s+)?${MOD_BEFORE})${QUANTITY_LEAD}\\s+(?:(?:will|would|are\\s+to|are\\s+set\\s+to|could|may)\\s+(?:go|be\\s+(?:cut|axed|lost|eliminated|laid\\s+off|made\\s+redundant)))(?=\\s*[.,;]|\\s+(?:in|at|across|by|over|this|next|from|under|as)\\b)`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "The carmaker did not say how many, but unions put the figure at about 1,200.": the count of the round just told.
    name: 'figure-put-at',
    anchor: F.number,
    gate: /(?:figure|number|total|toll|tally)\s+at\s/i,
    anaphoric: true,
    re: new RegExp(
      `(?<=\\b(?:put|puts|putting|estimated?|estimates|placed?|places)\\s+(?:the|that)\\s+(?:figure|number|total|toll|tally)\\s+at\\s+${MOD_BEFORE})${QUANTITY_LEAD}(?![\\d,.]*\\s*(?:%|per\\s?cent|percent|billion|million))`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "had also announced a cut of 550 investment advisers": "cut" as a noun, after its article (never "a pay cut of");
    // "the sack of 900 workers", "followed sack of 900 workers", "the disengagement of 300 staff" (West and East
    // African copy, which may drop the article); "the exit of 1,000 of its staff", "the retrenchment of 300 workers".
    name: 'a-cut-of',
    anchor: F.cutVerb | F.cutNoun,
    ahead: { bits: F.number, within: 4 },
    re: new RegExp(
      `(?<=\\b(?:a|the|its|their|followed|following|after|over|against)\\s+(?:(?:further|new|planned|proposed|major|deep|big|mass|job|workforce|staff)\\s+)?)(?:cut|sack|disengagement|exit|retrenchment|dismissal|layoff|lay-off)\\s+of\\s+${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the new round comes after around 70 employees at Hallberg Foods in December 2022.": an earlier round told with
    // its verb left out — the count, the employer and the month close the sentence. A verb after the month ("… in
    // December 2022 voted to strike") or a sentence without a cut word leaves it untouched.
    name: 'after-count-at-month',
    anchor: F.number,
    needs: F.cutVerb | F.cutNoun,
    gate: /\bafter\s[^.;]{1,80}?\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\s*(?:[.;]|$)/,
    re: new RegExp(
      `(?<=\\bafter\\s+${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}\\s+at\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}\\p{N}&.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}&.'’-]*){0,3}\\s+in\\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?:19|20)\\d\\d(?=\\s*(?:[.;]|$))`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "a reduction in headcount by 241 heads", "a reduction in its workforce by 300 employees": the noun of a cut with
    // the size after "by" (the "of" form and the verb "reduce … by" are read elsewhere). A job noun must close the
    // count ("a reduction in headcount by 2025" and "a reduction in costs by 40 million" stay untouched).
    name: 'reduction-in-headcount-by',
    anchor: F.number,
    gate: /\breductions?\s+in\s+(?:its\s+|the\s+|their\s+)?(?:headcount|workforce|staff)\s+by\s/i,
    re: new RegExp(
      `(?<=\\breductions?\\s+in\\s+(?:its\\s+|the\\s+|their\\s+)?(?:headcount|workforce|staff)\\s+by\\s+${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "retrenchment plans that will see more than 200 sent home", "a plan that would see 900 staff laid off": the
    // plan is the subject and the workers go in a participle after "see" (East African and South Asian copy).
    name: 'see-count-go',
    anchor: F.number,
    ahead: { bits: F.participle, within: 6 },
    re: new RegExp(
      `(?<=\\b(?:see|sees|seeing|saw)\\s+${MOD_BEFORE})${QUANTITY_LEAD}(?:\\s+(?:[a-z-]+\\s+)?${JOB_NOUN})?\\s+(?:sent\\s+home|sent\\s+packing|laid\\s+off|made\\s+redundant|let\\s+go|retrenched|los(?:e|ing)\\s+their\\s+jobs)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
];
