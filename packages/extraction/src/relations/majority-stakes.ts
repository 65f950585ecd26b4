import { type DocContext, type ResolvedMention, mentionsIn, orgInFocus, sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';

/** A share of more than half: "60 per cent", "58.02%", "75 percent". Group 1 the number. */
const SHARE = String.raw`(\d{2,3}(?:\.\d+)?)\s?(?:%|per\s?cent)`;
/** "A, 60%-owned by Britain's B": between A and B. */
const SHARE_OWNED_BY_RE = new RegExp(
  String.raw`^,?\s+(?:which\s+is\s+|a\s+)?${SHARE}[- ](?:owned|controlled|held)\s+by\s+(?:(?:the|its|[\p{Ll}-]+|\p{Lu}[\p{L}.-]*['’]s)\s+){0,3}$`,
  'u',
);
/** "A, in which B holds 60 per cent": ", in which " between A and B … */
const IN_WHICH_RE = /^,\s+in\s+which\s+$/;
/** … and " holds 60 per cent", " owns a 75% stake" after B. */
const HOLDS_SHARE_RE = new RegExp(String.raw`^\s+(?:holds|owns|has|controls)\s+(?:a\s+|an\s+)?${SHARE}`, 'u');

/**
 * "B holds a 60% stake in A", "B owns a majority stake in the Kenyan lender A", "B has a controlling interest in A":
 * between B and A. Group 1 the share when a number is given.
 */
const HOLDS_STAKE_IN_RE = new RegExp(
  String.raw`^\s+(?:now\s+|also\s+|still\s+)?(?:holds|held|owns|owned|has|had|keeps|kept|retains|retained)\s+(?:a|an|its)\s+(?:${SHARE}|majority|controlling)\s+(?:stake|holding|interest|shareholding)\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$`,
  'u',
);

/**
 * "B had sold 100 per cent of A", "B agreed to sell a 75% stake in the Lagos-based A": what is sold was B's when more
 * than half of it changes hands. Group 1 the share.
 */
const SOLD_SHARE_RE = new RegExp(
  String.raw`^(?:\s*\([^()]{1,12}\))?\s+(?:has\s+|had\s+|will\s+|would\s+|agreed\s+to\s+|plans\s+to\s+)?(?:sold|sell|sells|selling)\s+(?:(?:a|an)\s+)?${SHARE}\s+(?:(?:stake|holding|interest|shareholding)\s+in|of)\s+(?:the\s+)?(?:[\p{L}.-]+-based\s+)?$`,
  'u',
);

/** "its 58.02 per cent stake in ", "their 75% holding in " right before the held company's name. */
const ITS_SHARE_IN_RE = new RegExp(
  String.raw`\b(?:its|their)\s+${SHARE}\s+(?:stake|holding|interest|shareholding)\s+in\s+$`,
  'u',
);

/**
 * PART_OF from a majority holding the text states with its share: "A, 60%-owned by B", "A, in which B holds 60 per
 * cent", "B agreed to sell its 58 per cent stake in A", "B had sold 100 per cent of A", "B holds a controlling stake in
 * A". A share of half or less makes no part (an associate or an investment stays a company of its own).
 */
export function findMajorityStakes(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  for (let i = 1; i < orgs.length; i++) {
    const a = orgs[i - 1]!;
    const b = orgs[i]!;
    if (a.id === b.id || b.start - a.end > 80) continue;
    const between = ctx.work.slice(a.end, b.start);
    const share =
      SHARE_OWNED_BY_RE.exec(between)?.[1] ??
      (IN_WHICH_RE.test(between) ? HOLDS_SHARE_RE.exec(ctx.work.slice(b.end, b.end + 40))?.[1] : undefined);
    if (share !== undefined && Number(share) > 50) {
      out.push({ child: a.id, parent: b.id, at: a.start });
      continue;
    }
    const sold = SOLD_SHARE_RE.exec(between);
    if (sold && Number(sold[1]) > 50) {
      out.push({ child: b.id, parent: a.id, at: b.start });
      continue;
    }
    const holds = HOLDS_STAKE_IN_RE.exec(between);
    if (holds && (holds[1] === undefined || Number(holds[1]) > 50))
      out.push({ child: b.id, parent: a.id, at: b.start });
  }
  for (const b of orgs) {
    const held = ITS_SHARE_IN_RE.exec(ctx.work.slice(Math.max(0, b.start - 60), b.start));
    if (!held || Number(held[1]) <= 50) continue;
    const owner = holderOfIts(ctx, b);
    if (owner && owner !== b.id) out.push({ child: b.id, parent: owner, at: b.start });
  }
  return out;
}

/** Who "its" is before a held company: the last company named earlier in the sentence, else the one in focus. */
function holderOfIts(ctx: DocContext, held: ResolvedMention): string | null {
  const s = sentenceOf(ctx, held.start);
  const earlier = s ? mentionsIn(ctx, s.start, held.start).filter((m) => m.type === 'Company' && m.id !== held.id) : [];
  return earlier.pop()?.id ?? orgInFocus(ctx, held.start);
}
