import { dropOverlaps, type Mention } from '../ner/mention.js';
import { bracketedAcronymAt, isClippedFrom } from '../ner/bracketed-acronym.js';
import { acronyms } from '../ner/short-forms.js';
import { COMMON_ACRONYMS } from '../gazetteer/lexicon/org-nouns.js';
import { LETTER_OR_DIGIT_RE } from '../text/char-class.js';

/**
 * "ArcelorMittal South Africa (AMSA) will wind down … had been in talks with AMSA … owns 69% of AMSA": the acronym a
 * story puts in brackets after an organization's name is that organization's from then on, every later bare use
 * included, even where nothing around it says "company" (so no earlier pass took it). Only an acronym made of the
 * name's initials or clipped from its letters, not a common one (CEO, IPO), and not one that already names another
 * organization. Returns the mentions with the acronym's uses added, sorted.
 */
export function adoptBracketedAliases(work: string, mentions: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  const named = new Set(mentions.filter((m) => m.type === 'Company' || m.type === 'Division').map((m) => m.name));
  const done = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Company' && m.type !== 'Division') continue;
    const acronym = bracketedAcronymAt(work, m.end);
    if (!acronym || done.has(acronym) || COMMON_ACRONYMS.has(acronym)) continue;
    done.add(acronym);
    if (named.has(acronym) && acronym !== m.name) continue;
    const surface = work.slice(m.start, m.end).replace(/\s+/g, ' ');
    if (!acronyms(surface).includes(acronym) && !acronyms(m.name).includes(acronym) && !isClippedFrom(acronym, m.name))
      continue;
    for (let at = work.indexOf(acronym, m.end); at >= 0; at = work.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      if (LETTER_OR_DIGIT_RE.test(work[at - 1] ?? '') || LETTER_OR_DIGIT_RE.test(work[end] ?? '')) continue;
      added.push({ start: at, end, type: m.type, name: m.name });
    }
  }
  // Existing mentions win where they overlap one added here (sorting puts the longer first at one offset).
  return added.length === 0 ? [...mentions] : dropOverlaps([...mentions, ...added.filter((a) => free(mentions, a))]);
}

/** True when no mention overlaps `a` (mentions are sorted by start). */
function free(mentions: readonly Mention[], a: Mention): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= a.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.start < a.end; i++) if (mentions[i]!.end > a.start) return false;
  return true;
}
