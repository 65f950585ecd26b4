import { isDistinctive } from './org-names.js';

/** A full organization name and how it is written: the canonical name and its mentions' offsets. */
export interface NamedOrg {
  name: string;
  /** Ends of its mentions in the text, for "(AESL)" right after one. */
  ends: readonly number[];
}

const ACRONYM_RE = /\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/uy;

/**
 * The short forms news uses for an organization after its first full mention, mapped to the canonical name:
 * the first word ("Nissan" for Nissan Motor), the first two of a longer name ("Cathay Pacific"), the last part of
 * a hyphenated word ("Maersk" for A.P. Moller-Maersk) and an acronym in brackets right after a mention ("(AESL)").
 * Only distinctive words qualify (not common English, places, organization words). A short form two organizations
 * share, or that is another organization's own name, maps to none: different things are never merged.
 */
export function shortForms(text: string, orgs: readonly NamedOrg[]): Map<string, string> {
  const own = new Set(orgs.map((o) => o.name));
  const claims = new Map<string, Set<string>>();
  const claim = (form: string, name: string) => {
    if (form === name) return;
    const set = claims.get(form) ?? new Set<string>();
    set.add(name);
    claims.set(form, set);
  };
  for (const o of orgs) {
    const words = o.name.split(' ');
    if (words.length >= 2 && isDistinctive(words[0]!)) claim(words[0]!, o.name);
    if (words.length >= 3 && isDistinctive(words[0]!)) claim(words.slice(0, 2).join(' '), o.name);
    for (const w of words) {
      const dash = w.lastIndexOf('-');
      const tail = dash > 0 ? w.slice(dash + 1) : '';
      if (tail.length >= 4 && /^\p{Lu}/u.test(tail) && isDistinctive(tail)) claim(tail, o.name);
    }
    for (const end of o.ends) {
      ACRONYM_RE.lastIndex = end;
      const m = ACRONYM_RE.exec(text);
      if (m) claim(m[1]!, o.name);
    }
  }
  const out = new Map<string, string>();
  for (const [form, names] of claims) if (names.size === 1 && !own.has(form)) out.set(form, [...names][0]!);
  return out;
}
