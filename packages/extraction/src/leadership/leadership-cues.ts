import type { LeadershipChangeKind } from '../types.js';

/** A change phrase after the person ("Roe … was named", "Roe will step down") and the change it means. */
export interface ChangeCue {
  re: RegExp;
  change: (verb: string) => LeadershipChangeKind;
}

const AUX =
  '(?:(?:said|says|announced|confirmed)\\s+(?:he|she|they)\\s+(?:would|will)\\s+|(?:will|would|is to|are to|plans to|planned to|is set to|has agreed to|agreed to|is expected to|is going to|intends to|decided to)\\s+)?';
const PASSIVE =
  '(?:was|has been|had been|is being|will be|is|were|have been)\\s+(?:(?:formally|officially|recently|newly|abruptly|quietly)\\s+)?';

/** Sticky patterns run right after the person's mention (and any appositive or coordination before them). */
export const AFTER_PERSON: ChangeCue[] = [
  {
    re: new RegExp(`${PASSIVE}(appointed|named|promoted|elevated|tapped|hired|chosen|selected|installed)\\b`, 'iy'),
    change: (v) => (/promoted|elevated/i.test(v) ? 'promoted' : 'appointed'),
  },
  { re: new RegExp(`${AUX}(?:took|takes|take|will take)\\s+over\\b`, 'iy'), change: () => 'appointed' },
  { re: new RegExp(`${AUX}(step|steps|stepped|stepping)\\s+down\\b`, 'iy'), change: () => 'stepped-down' },
  {
    re: new RegExp(`${AUX}(?:has\\s+|had\\s+)?(resign|resigns|resigned|resigning|quit|quits)\\b`, 'iy'),
    change: () => 'resigned',
  },
  {
    re: new RegExp(`${PASSIVE}(fired|ousted|dismissed|sacked|removed|forced out|pushed out)\\b`, 'iy'),
    change: () => 'fired',
  },
  { re: new RegExp(`${AUX}(?:has\\s+|had\\s+)?(retire|retires|retired|retiring)\\b`, 'iy'), change: () => 'retired' },
];

/** "Acme named Jane Roe …", "Acme fired Roe": the organization acts on the person named right after (title allowed). */
export const ORG_ACTS_RE =
  /\s+(?:has\s+|have\s+|had\s+)?(appointed|named|promoted|hired|tapped|elevated|fired|ousted|dismissed|sacked)\s+/iy;

/** "newly appointed chief executive Jane Roe": the change before the title and the person. */
export const BEFORE_TITLE_RE = /\b(?:newly|recently)\s+(appointed|named|installed|promoted|hired)\s+$/i;

/** The change an organization-as-subject verb or a "newly …" adjective means. */
export function changeOfVerb(verb: string): LeadershipChangeKind {
  if (/promoted|elevated/i.test(verb)) return 'promoted';
  if (/fired|ousted|dismissed|sacked/i.test(verb)) return 'fired';
  return 'appointed';
}

/** A denial or a rumour right before the change: "has no plans to step down", "denied he would resign". */
export const NEGATED_RE =
  /\b(?:no\s+plans?\s+to|not|never|denied|denies|deny|rumou?rs?|speculation|refused\s+to|declined\s+to|would\s+not|will\s+not|won['’]t)\b[^.;]{0,25}$/i;

/** After the verb: "as chief executive", "to president", "CEO of the India business" — where the title starts. */
export const TITLE_LEAD_RE =
  /\s*(?:,\s*)?(?:as|to(?:\s+be)?)?\s*(?:the\s+|its\s+|their\s+|his\s+|her\s+|the\s+company['’]s\s+)?(?:new\s+|next\s+|interim\s+|permanent\s+)?/iy;
