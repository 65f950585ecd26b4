import type { ExtractedLeadershipChange, LeadershipChangeKind, Span } from '../types.js';
import { findDates } from '../events/dates.js';
import { matchTitleAt, matchTitleBefore } from '../ner/titles.js';
import { type ResolvedMention, isOrg, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import { slugify } from '../text/slug.js';
import type { AttributionContext } from '../support/attribution-context.js';
import {
  AFTER_PERSON,
  BEFORE_TITLE_RE,
  NEGATED_RE,
  ORG_ACTS_RE,
  TITLE_LEAD_RE,
  changeOfVerb,
} from './leadership-cues.js';
import { isSpaceAt } from '../text/char-class.js';

/**
 * Between the person and the change: nothing, an appositive (", who was CFO,"), a coordination ("… and") or a
 * relative clause (", who was fired").
 */
const GAP_RE = /^(?:\s*,[^;:“”"]{1,200},)?\s*(?:[^;:“”".]{0,160}\s+and\s+|,\s*who\s+)?$/;
/** Every verb of AFTER_PERSON: a window without one is skipped at once (most people change nothing). */
const CHANGE_VERB_RE =
  /\b(?:appointed|named|promoted|elevated|tapped|hired|chosen|selected|installed|took|takes|take|step|steps|stepped|stepping|resign\w*|quits?|fired|ousted|dismissed|sacked|removed|forced|pushed|retir\w+)\b/i;
const APPOSITIVE_RE = /^\s*,[^;:“”"]{1,200},/;
/** "Acme Corp. named": a legal suffix the organization's mention may leave out. */
const LEGAL_SUFFIX_RE = /(?:\s+(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SE|SA|NV|Group|Holdings)\b\.?|\.)?/y;

interface Found {
  change: LeadershipChangeKind;
  person: ResolvedMention;
  org: string | null;
  /** Where the title may start (after the verb), or the title itself when it came before the person. */
  titleAt: number;
  title: string | null;
  at: number;
  sentence: Span;
}

/**
 * Leadership changes: someone appointed, named, promoted, taking over, stepping down, resigning, fired or retiring,
 * with the title and organization when the text gives them (else the person's role in the document), and the date
 * of the sentence. Forms: "Roe was named chief executive", "Roe, who ran sales, will step down as CFO", "Acme
 * appointed Jane Roe as its new CFO", "newly appointed CEO Jane Roe". Denials and rumours ("has no plans to step
 * down") are not changes.
 */
export function findLeadershipChanges(ac: AttributionContext): ExtractedLeadershipChange[] {
  const { ctx } = ac;
  const found: Found[] = [];
  for (const p of ctx.mentions) {
    if (p.type !== 'Person') continue;
    const s = sentenceOf(ctx, p.start);
    if (!s) continue;
    const hit = afterPerson(ac, p, s) ?? byOrganization(ac, p, s) ?? newlyTitled(ac, p, s);
    if (hit) found.push(hit);
  }
  const byId = new Map<string, ExtractedLeadershipChange>();
  for (const f of found) {
    const change = toChange(ac, f);
    if (!byId.has(change.id)) byId.set(change.id, change);
    else
      byId
        .get(change.id)!
        .evidence.push(
          ...change.evidence.filter((e) => !byId.get(change.id)!.evidence.some((x) => x.start === e.start)),
        );
  }
  return [...byId.values()];
}

function afterPerson(ac: AttributionContext, p: ResolvedMention, s: Span): Found | null {
  const { work } = ac.ctx;
  const limit = Math.min(s.end, p.end + 260);
  CHANGE_VERB_RE.lastIndex = 0;
  if (!CHANGE_VERB_RE.test(work.slice(p.end, limit))) return null;
  const others = mentionsIn(ac.ctx, p.end, limit).filter((m) => m.type === 'Person');
  // Without a comma in the gap GAP_RE holds only for blanks or a gap ending in "\s+and\s+": tracked as `at` moves,
  // so the expression runs only where it may hold (it would otherwise run at every space of the window).
  let comma = false;
  let blank = true;
  for (let at = p.end, seen = p.end; at < limit; at++) {
    if (at > p.end && !isSpaceAt(work, at - 1)) continue;
    for (; seen < at; seen++) {
      const c = work.charCodeAt(seen);
      if (c === 44) comma = true;
      else if (blank && !isSpaceAt(work, seen)) blank = false;
    }
    if (!comma && !blank && !endsWithAnd(work, p.end, at)) continue;
    const gap = work.slice(p.end, at);
    if (!GAP_RE.test(gap)) continue;
    // Another person named after an appositive is the subject of what follows ("Roe praised Lee, who was fired").
    const appositiveEnd = p.end + (APPOSITIVE_RE.exec(gap)?.[0].length ?? 0);
    if (others.some((m) => m.start >= appositiveEnd && m.start < at)) return null;
    for (const cue of AFTER_PERSON) {
      cue.re.lastIndex = at;
      const m = cue.re.exec(work);
      if (!m) continue;
      if (NEGATED_RE.test(work.slice(s.start, at))) return null;
      return {
        change: cue.change(m[1] ?? m[0]),
        person: p,
        org: null,
        titleAt: at + m[0].length,
        title: null,
        at,
        sentence: s,
      };
    }
  }
  return null;
}

/** Whether work[from, at) ends in whitespace, "and" and whitespace before it (`\s+and\s+$`, the "and" inside). */
function endsWithAnd(work: string, from: number, at: number): boolean {
  let j = at;
  while (j > from && isSpaceAt(work, j - 1)) j--;
  return (
    j < at &&
    j - 4 >= from &&
    work.charCodeAt(j - 1) === 100 &&
    work.charCodeAt(j - 2) === 110 &&
    work.charCodeAt(j - 3) === 97 &&
    isSpaceAt(work, j - 4)
  );
}

function byOrganization(ac: AttributionContext, p: ResolvedMention, s: Span): Found | null {
  const { work } = ac.ctx;
  const orgs = mentionsIn(ac.ctx, s.start, p.start).filter(isOrg);
  for (const o of orgs.reverse()) {
    LEGAL_SUFFIX_RE.lastIndex = o.end;
    const end = o.end + (LEGAL_SUFFIX_RE.exec(work)?.[0].length ?? 0);
    ORG_ACTS_RE.lastIndex = end;
    const m = ORG_ACTS_RE.exec(work);
    if (!m) continue;
    const between = work.slice(end + m[0].length, p.start);
    const title = between.trim() ? matchTitleBefore(work, end + m[0].length, p.start) : null;
    if (between.trim() && !title) continue;
    return {
      change: changeOfVerb(m[1]!),
      person: p,
      org: o.id,
      titleAt: p.end,
      title: title?.title ?? null,
      at: o.start,
      sentence: s,
    };
  }
  return null;
}

function newlyTitled(ac: AttributionContext, p: ResolvedMention, s: Span): Found | null {
  const { work } = ac.ctx;
  const title = matchTitleBefore(work, Math.max(s.start, p.start - 100), p.start);
  if (!title) return null;
  const m = BEFORE_TITLE_RE.exec(work.slice(s.start, title.start));
  if (!m) return null;
  return {
    change: changeOfVerb(m[1]!),
    person: p,
    org: null,
    titleAt: -1,
    title: title.title,
    at: title.start,
    sentence: s,
  };
}

function toChange(ac: AttributionContext, f: Found): ExtractedLeadershipChange {
  const { ctx, doc } = ac;
  let title = f.title;
  let org = f.org;
  if (!title && f.titleAt >= 0) {
    TITLE_LEAD_RE.lastIndex = f.titleAt;
    const lead = TITLE_LEAD_RE.exec(ctx.work);
    const t = matchTitleAt(ctx.work, f.titleAt + (lead?.[0].length ?? 0));
    if (t && t.start < f.sentence.end) {
      // A title's tail ends with the organization it names ("chief executive of Contoso| next month"), and never
      // runs past the sentence ("… of Contoso. Contoso fired …").
      const named = mentionsIn(ctx, t.start, Math.min(t.end, f.sentence.end)).find(isOrg);
      const end = named ? named.end : Math.min(t.end, f.sentence.end);
      title = ctx.text.slice(t.start, end).replace(/[.!?,\s]+$/, '');
      org ??= named?.id ?? null;
    }
  }
  // The person's role in the article, unless it is a past one ("the former head of X") for a new appointment.
  const role = doc.relations.find(
    (r) =>
      r.type === 'HOLDS_ROLE' &&
      r.from === f.person.id &&
      !(f.change === 'appointed' && /\b(?:former|ex-|then-|previous|onetime)/i.test(r.title ?? '')),
  );
  title ??= role?.title ?? null;
  org ??= role?.to ?? ctx.primaryCompany;
  const when =
    findDates(ctx.work, f.at, f.sentence.end, ctx.publishedAt).find((d) => d.value)?.value ??
    findDates(ctx.work, f.sentence.start, f.at, ctx.publishedAt).find((d) => d.value)?.value ??
    null;
  const person = f.person.id.replace(/^person:/, '');
  const orgKey = org ? org.replace(/^[a-z]+:/, '') : 'none';
  return {
    id: `event:leadership-${f.change}-${person}-${slugify(orgKey)}${when ? `-${when}` : ''}`,
    change: f.change,
    person: f.person.id,
    organization: org,
    title,
    when,
    evidence: [f.sentence],
  };
}
