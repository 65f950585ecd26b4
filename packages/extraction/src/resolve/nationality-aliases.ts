import type { ExtractedEntity } from '../types.js';
import { NATIONALITIES } from '../gazetteer/lexicon/places.js';
import { hasDistinctiveWord } from '../ner/org-names.js';

/**
 * "Colombian Vantoro Air", "the German Lufthavn Air": a nationality written straight before a company's name (no
 * "carmaker", "airline" between them) is read into the name run, but readers and annotators call the company by the
 * rest. The rest becomes an alias when it has a word of its own — "British Airways", "Swiss International Air Lines"
 * and "Mexican Stock Exchange" keep no such alias, their rest being generic words. The name and the mentions' spans
 * stay as written; a rest that is another entity's name is left to the prefix rules (org-prefixes.ts).
 */
export function addNationalityFreeAliases(entities: ExtractedEntity[]): void {
  const names = new Set(entities.map((e) => e.name));
  for (const e of entities) {
    if (e.type !== 'Company') continue;
    const rest = restAfterNationality(e.name);
    if (!rest || names.has(rest) || e.aliases.includes(rest)) continue;
    e.aliases = [...e.aliases, rest].sort();
  }
}

/** The name without a leading nationality of one or two words ("South African"), when what is left has a word of its own. */
function restAfterNationality(name: string): string | null {
  const words = name.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n || !NATIONALITIES.has(words.slice(0, n).join(' '))) continue;
    const rest = words.slice(n);
    return hasDistinctiveWord(rest) ? rest.join(' ') : null;
  }
  return null;
}
