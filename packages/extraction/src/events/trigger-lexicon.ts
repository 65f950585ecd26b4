import type { Token } from '../text/tokenize.js';
import { ACTION_LEADS } from './restructuring-actions.js';
import { HYPHENATED_NUMBER_WORD_RE } from './numbers.js';

/** Families of trigger words, as bits: a sentence's mask says which event rules can possibly match in it. */
export const F = {
  cutVerb: 1,
  cutNoun: 2,
  participle: 4,
  number: 8,
  hire: 16,
  earnings: 32,
  invest: 64,
  restructure: 128,
  percent: 256,
  workforce: 512,
  raise: 1024,
  structure: 2048,
  affect: 4096,
  risk: 8192,
  voluntary: 16384,
  surplus: 32768,
  target: 65536,
  /** Words that make a cut only in a phrase and beside a number: "do away with", "under the scheme", "fewer". */
  cue: 131072,
} as const;

const WORDS: Array<[number, string]> = [
  [
    F.cutVerb,
    'cut cuts cutting eliminate eliminates eliminated eliminating lay lays laying laid slash slashes slashed slashing shed sheds shedding ax axe axes axed axing trim trims trimmed trimming chop chops chopped chopping let lets fire fires fired firing furlough furloughs furloughed furloughing terminate terminates terminated terminating downsize downsizes downsized downsizing reduce reduces reduced reducing scrap scraps scrapped scrapping remove removes removed removing retrench retrenches retrenched retrenching sack sacks sacked sacking dismiss dismisses dismissed dismissing disengage disengages disengaged disengaging cull culls culled culling cost costs costing halve halves halved halving lose loses losing lost shrink shrinks shrinking shrank lower lowers lowered lowering replace replacing letting renew renewed renewing parted parting phase phases phased phasing rationalise rationalises rationalised rationalising rationalize rationalizes rationalized rationalizing optimise optimises optimised optimising optimize optimizes optimized optimizing streamline streamlines streamlined streamlining declare declares declared declaring part parts dispense dispenses dispensed dispensing take takes took taking taken get gets getting got decrease decreases decreased decreasing send sends sending sent lay-off layoff show shows showed shown showing pare pares pared paring slim slims slimmed slimming scale scales scaled scaling',
  ],
  [
    F.cutNoun,
    'layoff layoffs lay-off lay-offs cutback cutbacks elimination removal job cuts losses redundancies redundancy reduction reductions eliminations downsizing firings program programme plan initiative loss dismissals retrenchments exit exits departures round rounds wave waves',
  ],
  [
    F.participle,
    'cut eliminated laid slashed shed axed left trimmed let terminated furloughed redundant affected impacted lost dismissed fired go gone scrapped removed retrenched sacked culled lose losing leaving handed given served issued sent shown asked went phased disappear disappeared vanish vanished',
  ],
  [
    F.number,
    'tens hundreds thousands dozens several few handful scores dozen hundred thousand digit two-digit three-digit four-digit five-digit six-digit double-digit triple-digit one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty',
  ],
  [
    F.hire,
    'hire hires hired hiring add adds added adding recruit recruits recruited recruiting create creates created creating onboard onboards onboarded onboarding',
  ],
  [F.earnings, 'revenue revenues sales income profit profits earnings'],
  [
    F.invest,
    'invest invests invested investing investment spend spends spending pour pours poured pouring commit commits committed committing pledge pledges pledged pledging',
  ],
  [
    F.restructure,
    'restructuring restructure restructures restructured reorganization reorganisation reorganize reorganise reorganizing reorganising reorganized reorganised reorg overhaul overhauls overhauled freeze freezes freezing froze frozen pause',
  ],
  [
    F.percent,
    'percent pct pc cent quarter third fifth tenth half thirds quarters one-third one-quarter one-fifth one-tenth two-thirds three-quarters sixth seventh eighth ninth one-sixth one-seventh one-eighth one-ninth fifths two-fifths three-fifths',
  ],
  // "number": "the number of jobs at the unit would shrink by 11,000" opens with it.
  [F.workforce, 'workforce headcount staff payroll staffing employees number'],
  [
    F.cutNoun,
    'disengagement notices notice letters notifications warnings retrenchment termination dismissal suppression',
  ],
  [
    F.affect,
    'affecting impacting hitting involving affect affects putting hit impact impacts affected impacted concerns',
  ],
  [F.risk, 'risk threat line threatened face faces faced facing jobless unemployed chopping doubt jeopardy'],
  [F.voluntary, 'voluntary early honorary buyout buyouts buy-out buy-outs severance mutual vrs vss mss ere pse social'],
  [F.surplus, 'surplus than too unfilled vacant'],
  [F.target, 'target targets targeted targeting'],
  [F.cutNoun, 'pink slips slip'],
  // "retirement": "1,126 employees opted for retirement" (departure-wordings.ts), a cue beside a number only.
  [F.cue, 'away scheme schemes package packages fewer vacancies retirement'],
  [
    F.raise,
    'raise raises raised raising increase increases increased increasing lift lifts lifted lifting expand expands expanded expanding boost boosts boosted boosting up ups upped upping bring brings bringing brought take takes taking took push pushes pushing pushed',
  ],
];

const LEXICON = new Map<string, number>();
for (const [bit, words] of WORDS) for (const w of words.split(' ')) LEXICON.set(w, (LEXICON.get(w) ?? 0) | bit);
for (const w of ACTION_LEADS) LEXICON.set(w, (LEXICON.get(w) ?? 0) | F.structure);

/** The same words capitalised ("Layoffs" opening a headline): looked up without lower-casing each token. */
const CAPITALISED = new Map<string, number>();
for (const [w, bits] of LEXICON) CAPITALISED.set(w[0]!.toUpperCase() + w.slice(1), bits);

/** The family bits of one token (a token starting with a digit is a number). */
export function tokenMask(t: Token): number {
  const c = t.text.charCodeAt(0);
  // "10pc", "8pct": a share written onto its number (British, Irish and Indian copy); "a 10th of the workforce".
  if (c >= 48 && c <= 57)
    return t.text.endsWith('pc') || t.text.endsWith('pct') || t.text === '10th' ? F.number | F.percent : F.number;
  if (c >= 97 && c <= 122) return lowerCaseBits(t.text);
  if (c >= 65 && c <= 90) {
    const hit = CAPITALISED.get(t.text);
    if (hit !== undefined) return hit;
    const d = t.text.charCodeAt(1);
    // "LAYOFFS" in an all-caps headline; "Lay-Off" in a title-case one (each part capitalised).
    return (d >= 65 && d <= 90) || t.text.includes('-') ? lowerCaseBits(t.text.toLowerCase()) : 0;
  }
  return lowerCaseBits(t.text.toLowerCase());
}

/**
 * The family bits of a lower-case word: the lexicon's, or a number's for a number in words written as one hyphenated
 * token ("ten-thousand", "twenty-five-hundred", as numbers.ts reads them).
 */
function lowerCaseBits(word: string): number {
  const bits = LEXICON.get(word);
  if (bits !== undefined) return bits;
  return word.includes('-') && HYPHENATED_NUMBER_WORD_RE.test(word) ? F.number : 0;
}

/** Any family that can start an event. */
export const EVENT_FAMILIES =
  F.cutVerb | F.cutNoun | F.participle | F.hire | F.earnings | F.invest | F.restructure | F.workforce | F.structure;
