import type { GenericSource } from './generic-sources.js';

/*
 * A letter or notice that carries someone's words, whoever it is addressed to: "Kestrel's bosses told the crews in a
 * letter", "In a letter dated 3 May, Kestrel told …", "Via a letter written by its finance head, Kestrel set out …",
 * "Jane Roe said in a letter to the regulator", "argued Roe in the letter", "the letter, which the chairman signed,
 * says", "The notice from the board insisted …", "stated the letter.", "a notice pinned up by the owners saying the
 * site had shut". Read only where the letter or notice tells something (a verb of telling before or after it, a
 * sentence it opens, a sender and what it says): not "received termination letters", "notices from the company"
 * handed out, "a letter of intent", "the letter business", "a notice period", "issued a notice under the labour law".
 */

/** Verbs of telling that a letter's words follow or that its contents take. */
const TELLING =
  'said|says|wrote|writes|stated|states|explained|explains|argued|argues|added|adds|informed|informs|announced|announces|noted|notes|warned|warns|confirmed|confirms|insisted|insists|claimed|claims|stressed|stresses|acknowledged|acknowledges|indicated|indicates|revealed|reveals|communicated|communicates|notified|notifies|told|tells|maintained|maintains|urged|urges|alleged|alleges|complained|complains|reads|read';
const NOUN = '(?:letters?|notices?)';
/** Not a letter of another kind nor a compound whose head is another noun ("the letter business", "notice pay"). */
const NOT_OTHER =
  '(?!\\s+(?:of\\s+(?:intent|credit|comfort|guarantee|understanding|demand|support)|market|business|volumes?|box(?:es)?|period|pay|carriers?)\\b)';
/** A determiner and at most one word before the noun: "a terse letter", "the same notice", "its letter". */
const DET = "(?:a|an|the|its|their|his|her|this|that)\\s+(?:[\\p{L}'’-]+\\s+)?";
/** Where a sentence starts: the text's start, a line break, or the end of a sentence with its closing quote. */
const SENTENCE_START = '(?:^|\\n|[.!?]["”’)]?\\s+)';
/** What follows a letter that opens a sentence: a comma, or what says which letter it is. */
const OPENING_AFTER =
  '(?=\\s*,|\\s+(?:dated|signed|sent|written|addressed|issued|released|published|circulated|from|to|by|seen|obtained|on)\\b)';
/** After "the letter": a sender, an aside between commas, then a verb of telling ("… from the board insisted"). */
const SPEAKS_AFTER = `(?=(?:\\s+(?:from|by)\\s+(?:the\\s+)?[\\p{L}'’-]+)?(?:\\s*,[^,.;]{1,80},)?\\s+(?:also\\s+)?(?:${TELLING})\\b)`;
/**
 * Who sends a notice, then what it tells: "posted by the company saying …", "from the board, stating …". Not a
 * notice merely handed out ("received dismissal notices from the company on Friday" tells nothing).
 */
const SENDER = `(?=\\s+(?:(?:attached|posted|pinned(?:\\s+up)?|put\\s+up|stuck|issued|signed|sent|written)\\s+)?(?:by|from)\\s+(?:the\\s+)?(?:management|company|board|employer|owners?|factory),?\\s+(?:saying|stating|announcing|explaining|warning|telling|${TELLING})\\b)`;

export const SPEAKING_LETTERS: GenericSource = {
  re: new RegExp(
    [
      // "said in a letter to the regulator", "argued Roe in the letter", "informed the crews via a letter".
      `(?<=\\b(?:${TELLING})\\s+(?:(?-i:\\p{Lu})[\\p{L}'’.-]*\\s+){0,3}(?:in|through|via)\\s+${DET})${NOUN}\\b${NOT_OTHER}`,
      // "In a letter dated 3 May, …", "Via a letter written by …".
      `(?<=${SENTENCE_START}(?-i:In|Through|Via)\\s+${DET})${NOUN}\\b${NOT_OTHER}${OPENING_AFTER}`,
      // "the letter, which the chairman signed, says", "The notice from the board insisted".
      `(?<=\\b(?:the|this|that)\\s+)${NOUN}\\b${NOT_OTHER}${SPEAKS_AFTER}`,
      // '"…," stated the letter.'
      `(?<=\\b(?:${TELLING})\\s+the\\s+)${NOUN}\\b(?=\\s*[.,;])`,
      // "a notice pinned up by the owners saying …".
      `\\b${NOUN}\\b${SENDER}`,
    ].join('|'),
    'giu',
  ),
  leads: ['letter', 'letters', 'notice', 'notices'],
  kind: 'internal-memo',
  generic: () => 'internal memo',
};

/** "the letter", "in the notice": a definite letter, the one the text named before when there is one. */
export const DEFINITE_LETTER_BEFORE_RE = /\b(?:the|this|that)\s+(?:[\p{L}'’-]+\s+)?$/iu;
