/**
 * The outlet a credit opening the body names when no list knows it: "(Orsk Daily) — Kestrel Motors said …", "(Tarvo
 * News) - …". A careful reader counts the outlet whose copy the story is among its sources, like a known agency's
 * (wire-credits.ts reads those, in datelines too). Only a bracket that opens the line counts: after a city
 * ("KESTREL CITY, March 3 (Norrvik Wire) -") the desk is most often the publisher's own, which the gold files list as a
 * company but do not cite; never "(NYSE: KES)", "(pictured)", a bracket in mid-sentence, or the initials of the
 * company in focus ("(KES) -", checked by the caller).
 */

/** The outlet's name: one to five capitalised words or initials (group 1). */
const OUTLET = String.raw`(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})`;
/** "(Orsk Daily) —", "(KTVN) -": the credit alone before the dash that opens the story. */
const OPENING_CREDIT_RE = new RegExp(String.raw`^\(${OUTLET}\)\s*[-–—]`, 'u');

/** The outlet a line opening with a bracketed credit names, with its offset in the line; null when none. */
export function openingCreditOutlet(line: string): { name: string; at: number } | null {
  const m = OPENING_CREDIT_RE.exec(line);
  return m ? { name: m[1]!, at: 1 } : null;
}
