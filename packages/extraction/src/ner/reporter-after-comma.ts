/**
 * "… spinning off its ice cream unit, Kora Wire has reported.": a name right after a comma and followed by a
 * reporting verb opens a new clause — it is who reports or speaks, never the unit or company the words before the
 * comma describe. An apposition names the unit and goes on after a second comma ("its regional arm, Norrvik Air,
 * said").
 */
const REPORTER_VERB_AFTER_RE =
  /^\s+(?:(?:has|had|also|first|earlier|previously)\s+){0,2}(?:reported|reports|said|says|told|tells|wrote|writes|added|noted|confirmed|announced)\b/u;

/** True when the text from `end` (just after a name) reads as a reporting verb ("has reported", "said"). */
export function isReporterVerbAfter(text: string, end: number): boolean {
  return REPORTER_VERB_AFTER_RE.test(text.slice(end, end + 40));
}
