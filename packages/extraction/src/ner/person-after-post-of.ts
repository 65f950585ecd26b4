import { FIRST_NAMES, isPersonLikeName } from '../gazetteer/first-names.js';
import { ORG_HEAD_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import type { Token } from '../text/tokenize.js';
import { inKnowledgeBase } from './org-names.js';
import { matchTitleBefore } from './titles.js';

/** What follows a person named after a post: ", …" or a verb of telling ("… Jane Roe said"). */
const TELLING_AFTER_RE = /^(?:,| (?:said|says|told|added|announced|explained)\b)/;

/** "Property", "Plantation": the singular of an organization word ending names ("Properties", "Plantations"). */
function isSingularOrgWord(word: string): boolean {
  return ORG_HEAD_WORDS.has(`${word}s`) || (word.endsWith('y') && ORG_HEAD_WORDS.has(`${word.slice(0, -1)}ies`));
}

/**
 * The last token of the company's part of a name run written between "<post> of" and the person who holds it: "The
 * chief executive of Kestrel Jane Roe said" — the run "Kestrel Jane Roe" ends at "Kestrel" and "Jane Roe" runs on
 * its own. Only a given name and one more word end the run, at least one word stays the company's, a verb of telling
 * or a comma follows; else `j` itself ("the chief executive of Kestrel Jane Holdings said" keeps its organization
 * word).
 */
export function companyEndBeforeHolder(text: string, tokens: readonly Token[], i: number, j: number): number {
  if (j - i < 2 || !FIRST_NAMES.has(tokens[j - 1]!.text)) return j;
  const start = tokens[i]!.start;
  if (!text.startsWith(' of ', start - 4) || !TELLING_AFTER_RE.test(text.slice(tokens[j]!.end, tokens[j]!.end + 12)))
    return j;
  const given = tokens[j - 1]!;
  if (given.start !== tokens[j - 2]!.end + 1 || tokens[j]!.start !== given.end + 1) return j;
  const person = `${given.text} ${tokens[j]!.text}`;
  if (!isPersonLikeName(person) || isSingularOrgWord(tokens[j]!.text) || inKnowledgeBase(person)) return j;
  const title = matchTitleBefore(text, Math.max(0, start - 64), start - 3);
  return title !== null && start - 3 - title.end <= 1 ? j - 2 : j;
}
