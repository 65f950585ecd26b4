import { F } from './trigger-lexicon.js';
import { JOB_NOUN, QUANTITY_LEAD, QUANTITY_OF_JOBS_LEAD } from './numbers.js';
import { MOD_BEFORE } from './plain-wordings.js';
import type { QuantityRule } from './triggers.js';

/** What a departure scheme offers: "early retirement", "voluntary redundancy", "honorary retirement" (Korean news). */
const SCHEME_OFFER =
  '(?:voluntary\\s+)?(?:voluntary|early|honorary)[\\s-]+(?:retirement|redundancy|redundancies|departures?|severance|exits?|separation|buyouts?|buy-outs?|retrenchment|resignation)';
/** Where the jobs that are not filled again are named: posts, or the vacancies themselves. */
const VACANT_POSTS = `(?:${JOB_NOUN}|vacancies|openings|vacant\\s+(?:jobs|positions|posts|roles))`;

/** "left … in a retirement program", "left … after … launched voluntary retirement schemes": a scheme told after "left". */
const LEFT_UNDER_SCHEME_RE =
  /\bleft\s[^.;]{0,240}?\b(?:(?:voluntary|early|honorary)[\s-]+(?:retirement|redundancy|redundancies|departures?|severance)|retirement\s+(?:programs?|programmes?|schemes?|plans?))\b/i;

/**
 * Cuts told as departures: staff a company asks to leave or who sign up under a voluntary or early retirement
 * scheme (as news from India, Japan, Korea and Italy tells them), and posts left empty as people go. The number
 * that goes is the round of cuts.
 */
export const DEPARTURE_RULES: QuantityRule[] = [
  {
    // "will invite about 1,200 employees to take early retirement", "asked 500 staff to consider voluntary
    // redundancy", "encourage 300 managers to retire early", "ask 6,000 of its 21,000 staff to leave under a voluntary
    // early-retirement scheme".
    name: 'scheme-invite',
    anchor: F.number,
    ahead: { bits: F.voluntary, within: 12 },
    re: new RegExp(
      `(?<=\\b(?:invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+on)\\s+${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}(?:\\s+aged\\s+\\d+\\s+(?:or|and)\\s+(?:older|over|above))?\\s+to\\s+(?:(?:take|accept|apply\\s+for|opt\\s+for|sign\\s+up\\s+for|consider)\\s+(?:a\\s+|an\\s+|the\\s+)?${SCHEME_OFFER}|retire\\s+early|leave\\s+voluntarily|leave\\s+under\\s+(?:a|an|the|its)\\s+${SCHEME_OFFER})\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "received applications from more than 78,300 employees under its voluntary retirement scheme": the staff who
    // applied leave under it.
    name: 'scheme-applications',
    anchor: F.number,
    needs: F.voluntary | F.cue,
    re: new RegExp(
      `(?<=\\bapplications?\\s+(?:for\\s+[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+)?from\\s+${MOD_BEFORE})${QUANTITY_OF_JOBS_LEAD}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "about 14,300 of its employees have applied" (for the scheme just named), "2,000 staff opted for the package",
    // "Norrvik Air last ran such a scheme in 2016, when 240 employees applied." (the verb closing its clause).
    name: 'scheme-applied',
    anchor: F.number,
    needs: F.voluntary | F.cue,
    gate: /applied|opted|signed|volunteered/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:have|had|has)\\s+(?:already\\s+)?(?:applied|opted\\s+(?:for|in)|signed\\s+up|volunteered)\\b|(?:applied|volunteered)(?=\\s*(?:[.,;:]|$)))`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "1,200 workers at its home plants joined an early retirement plan", "close to 9,300 employees have agreed to an
    // early retirement plan", "over 2,000 employees at the carmaker applied for early retirement": the takers of a
    // scheme, with a short place phrase before the verb. The scheme must follow the verb at once ("joined the union",
    // "applied for the 300 places in the scheme" stay untouched).
    name: 'scheme-joined',
    anchor: F.number,
    needs: F.voluntary,
    gate: /\b(?:joined|agreed\s+to|applied\s+for|signed\s+up\s+for|opted\s+for)\s+(?:(?:a|an|the|its|their)\s+)?(?:voluntary|early|honorary)\b/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}(?:\\s+(?:at|in|from)\\s+[^\\s,.;:()]+(?:\\s+[^\\s,.;:()]+){0,2}?)?\\s+(?:(?:have|had|has)\\s+(?:already\\s+)?)?(?:joined|agreed\\s+to|applied\\s+for|signed\\s+up\\s+for|opted\\s+for)\\s+(?:(?:a|an|the|its|their)\\s+)?${SCHEME_OFFER}\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "More than 5,700 employees left Kestrel Group in the first half after its affiliates launched voluntary
    // retirement schemes", "some 200 office workers at Norrvik left the company in a retirement program": staff who
    // left their employer under a scheme the sentence names. Without the scheme ("200 engineers left Kestrel for
    // rivals") people quit, no round; "left their companies" sums several employers.
    name: 'scheme-left',
    anchor: F.number,
    gate: LEFT_UNDER_SCHEME_RE,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}(?:\\s+(?:at|in|from)\\s+[^\\s,.;:()]+(?:\\s+[^\\s,.;:()]+){0,2}?)?\\s+(?:(?:have|had|has)\\s+)?left\\s+(?:the\\s+(?:company|group|firm|bank|conglomerate|shipbuilder|carmaker|carrier)\\b|(?-i:\\p{Lu}))`,
      'iyu',
    ),
    kind: 'layoff',
  },
  {
    // "will seek 1,200 applicants for early retirement", "is soliciting 900 voluntary retirees": departures the company
    // asks for (a count of applications received, or of past retirees, is no round).
    name: 'scheme-applicants',
    anchor: F.number,
    ahead: { bits: F.voluntary, within: 4 },
    re: new RegExp(
      `(?<=\\b(?:seek(?:s|ing)?|sought|solicit(?:s|ed|ing)?|invit(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+for|look(?:s|ed|ing)?\\s+for)\\s+${MOD_BEFORE})${QUANTITY_LEAD}\\s+(?:(?:applicants|volunteers)\\s+for\\s+(?:a\\s+|an\\s+|the\\s+)?${SCHEME_OFFER}|(?:voluntary|early|honorary)\\s+(?:retirees|leavers))\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "will not fill 1,000 vacancies", "is no longer refilling some 300 posts": jobs that go as people leave.
    name: 'not-fill',
    anchor: F.number,
    gate: /fill/i,
    leadIn:
      /\b(?:not|no\s+longer)\s+(?:be\s+)?(?:re)?fill(?:s|ing)?\s+(?:(?:up to|about|around|roughly|some|nearly|more than|as many as|the)\s+)?$/i,
    re: new RegExp(
      `(?<=\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:re)?fill(?:s|ing)?\\s+${MOD_BEFORE})${QUANTITY_LEAD}(?:\\s+[a-z][a-z-]*){0,2}?\\s+${VACANT_POSTS}\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "will leave 1,500 positions unfilled", "keeping about 800 posts vacant".
    name: 'left-unfilled',
    anchor: F.number,
    ahead: { bits: F.surplus, within: 6 },
    re: new RegExp(
      `(?<=\\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept)\\s+${MOD_BEFORE})${QUANTITY_LEAD}(?:\\s+[a-z][a-z-]*){0,2}?\\s+${VACANT_POSTS}\\s+(?:unfilled|vacant)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "The earlier circular saw 874 managers and non-managers opt for retirement", "some 650 employees opted for
    // retirement": staff who chose to retire under a scheme the text has named (later sentences often drop "voluntary"
    // once the scheme is named). The choice is the verb's: not "900 employees are due for retirement" nor "reached retirement
    // age".
    name: 'opted-retirement',
    anchor: F.number,
    gate: /\bopt(?:s|ed)?\s+for\s+retirement\b/i,
    re: new RegExp(
      `${QUANTITY_LEAD}(?:\\s+(?:[a-z-]+\\s+){0,2}?${JOB_NOUN}(?:\\s+and\\s+[a-z-]+)?)?\\s+(?:(?:who|have|had|has|will|would)\\s+)?(?:already\\s+)?opt(?:s|ed)?\\s+for\\s+retirement\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
];
