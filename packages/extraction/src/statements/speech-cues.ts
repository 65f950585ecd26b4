/**
 * The words that attribute speech. `bare` verbs take a clause straight after them ("Nadella said the company
 * would…"); the others only with "that", a colon or a quotation, or as a trailing attribution (", Wilson added."),
 * because bare they usually mean something else ("Amazon added 5,000 jobs", "notes to employees").
 */
const BARE = ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'explained', 'stated', 'assured', 'insisted'];
const WITH_THAT = [
  'noted',
  'notes',
  'added',
  'adds',
  'argued',
  'warned',
  'acknowledged',
  'admitted',
  'confirmed',
  'stressed',
  'emphasized',
  'emphasised',
  'cautioned',
  'predicted',
  'claimed',
  'announced',
  'conceded',
  'maintained',
  'made it clear',
  'made clear',
];

/** Every speech cue in a sentence; `according to` and the noun forms are handled by their own rules. */
export const SPEECH_CUE_RE = new RegExp(`\\b(?:${[...BARE, ...WITH_THAT].join('|').replace(/ /g, '\\s+')})\\b`, 'g');

/** True when the cue can take a bare clause (no "that"). */
export function isBareCue(cue: string): boolean {
  return BARE.includes(cue.toLowerCase());
}

/** True when the verb needs someone told: "told employees", "told Reuters". */
export function needsAudience(cue: string): boolean {
  return /^tel?ls?$|^told$/i.test(cue);
}

/** "according to X" (speaker after the cue). */
export const ACCORDING_TO_RE = /\baccording\s+to\s+/gi;

/** "comments from X — that …", "remarks by X that …": a noun of speech, then the speaker, then the words. */
export const NOUN_CUE_RE =
  /\b(?:comments?|remarks?|statements?|words|warnings?|assurances?|message|pledge|promise)\s+(?:from|by)\s+/gi;
/** The nouns NOUN_CUE_RE cannot match without (same case rule): a text holding none skips it in every sentence. */
export const NOUN_CUE_WORD_RE = /comment|remark|statement|words|warning|assurance|message|pledge|promise/i;

/** Non-statements that look like one: "declined to comment", "did not respond". */
export const NON_STATEMENT_RE =
  /\b(?:declined|refused)\s+to\s+(?:comment|say|elaborate)|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply|return|comment)|\bcould\s+not\s+be\s+reached/i;
