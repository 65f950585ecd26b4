/**
 * Where staff work, told as a name no pass knows for a place: "STAFF in Orsk and Tarvingen fear for their posts",
 * "Losing some 420 jobs in Velbrunn would hurt the town". A one-word name right after a staff or jobs noun
 * and "in" (or listed after such a name with a comma or "and") is a town, never the employer whose round it is.
 * A name of more than one word stays an employer ("Employees in Kestrel Foods say …"), and so does one after "at"
 * ("workers at Tarvingen"), which is how news writing names an employer.
 */

/** Capitalised one-word names listed before the name in question: "Orsk and ", "Orsk, Vella and ". */
const LISTED_NAMES_RE = /(?:\p{Lu}[\p{L}'’-]*(?:,\s*|\s+and\s+))*$/u;
/** A staff or jobs noun and "in" just before the names. */
const STAFF_IN_RE =
  /\b(?:workers|staff(?:ers)?|employees|personnel|jobs|positions|posts|roles|people|redundancies|lay-?offs|job\s+(?:losses|cuts))\s+in\s+$/i;

/** Whether the organization mention at [start, end) names the town its staff work in (see the header). */
export function isStaffPlace(work: string, start: number, end: number): boolean {
  if (/\s/.test(work.slice(start, end))) return false;
  const before = work.slice(Math.max(0, start - 80), start);
  const listed = LISTED_NAMES_RE.exec(before);
  return STAFF_IN_RE.test(before.slice(0, listed ? listed.index : before.length));
}
