import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { mentionsIn, orgInFocus } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';

/**
 * Right after a name: ", which still provides about half of revenue", ", which accounts for 40% of the group's sales",
 * ", which generates two-thirds of Kestrel's profit": a share of a company's takings, said only of a part of it.
 * Group 1 is the owner's name when the text gives it as a possessive.
 */
const SHARE_OF_TAKINGS_RE =
  /^,\s+(?:which|that)\s+(?:still\s+|now\s+|alone\s+)?(?:provides|provided|accounts\s+for|accounted\s+for|generates|generated|brings\s+in|makes\s+up|contributes|contributed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+under\s+)?(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+fifth|\d{1,2}(?:\.\d)?\s?(?:%|per\s?cent|percent))\s+of\s+(?:(?:the\s+(?:group|company|firm)|its|(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}))['’]s?\s+|its\s+)?(?:total\s+|group\s+|annual\s+|global\s+|overall\s+)?(?:revenue|revenues|sales|profit|profits|earnings|turnover|income)\b/u;

/**
 * PART_OF stated by a share of takings: "sales at Orvella, which still provides about half of revenue" (a part of the
 * company in focus), "Zara, which generates two-thirds of Inditex's sales" (of the company named). A union or outlet
 * owns nothing.
 */
export function findRevenueShareUnits(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (const unit of orgs) {
    if (ctx.work.charCodeAt(unit.end) !== 44) continue;
    const m = SHARE_OF_TAKINGS_RE.exec(ctx.work.slice(unit.end, unit.end + 200));
    if (!m) continue;
    let owner: string | null;
    if (m[1]) {
      const at = unit.end + m.index + m[0].lastIndexOf(m[1]);
      owner = mentionsIn(ctx, at, at + 1).find((o) => o.start === at && o.type === 'Company')?.id ?? null;
    } else owner = orgInFocus(ctx, unit.start);
    if (owner && owner !== unit.id && !body(owner)) out.push({ child: unit.id, parent: owner, at: unit.start });
  }
  return out;
}
