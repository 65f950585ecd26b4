/**
 * A line near the top that holds only a name, as some papers credit the wire copy they print between the standfirst
 * and the story: "Bloomberg", "AFP" on a line of their own. wire-credits.ts counts it only when the name is a news
 * agency's, never a line "Kestrel Motors" (a company named alone, a caption or a section's name).
 */
const NAME_ALONE_RE = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2})\s*$/u;

/** The name a line holds alone, null when the line holds more than a name. */
export function nameAloneOnLine(line: string): string | null {
  return NAME_ALONE_RE.exec(line)?.[1] ?? null;
}
