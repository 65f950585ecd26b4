import type { DocContext } from '../resolve/doc-context.js';

/** "Group CEO", "new group chief executive", "interim Group CFO": a post at the head of a group. */
const GROUP_POST_RE = /^(?:(?:new|interim|acting|incoming|outgoing)\s+)?group\s/i;

/**
 * "Kestrel Germany will cut 2,000 jobs … under cuts announced by new Group CEO Jane Roe": a group's post read with no
 * organization beside it, that would otherwise go to the unit the story is about, is held at the unit's parent.
 * `org` is the organization the fallback chose; returns the one that holds the post. A company owned by another
 * keeps its own group post.
 */
export function groupPostHolder(ctx: DocContext, title: string, org: string): string {
  if (!GROUP_POST_RE.test(title) || ctx.entities.get(org)?.type !== 'Division') return org;
  return ctx.parentOf?.get(org) ?? org;
}
