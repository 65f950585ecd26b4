import type { NodeSummaryFieldsFragment, StorySummaryFragment } from '@newsgraph/client';
import { formatKind, formatSourceKind, headline, type Formatter } from './format';

/** A node reduced to what a picker, a heading or a link shows: id, type and a readable label. */
export interface NodeRef {
  id: string;
  type: string;
  label: string;
}

/** The node type a story has in pickers and paths (the API's `path` takes story ids; GraphNode.type says `Story`). */
export const STORY_TYPE = 'Story';

/** "Layoff 14,000 at Amazon (Oct 2025)": what an event or a story is, from its kind and figure. */
function roundLabel(
  round: Pick<StorySummaryFragment, 'kind' | 'count' | 'countText' | 'percent' | 'when' | 'organization'>,
  format: Formatter,
): string {
  const size = format.eventSize(round);
  const where = round.organization ? ` at ${round.organization.name}` : '';
  const when = round.when ? ` (${format.when(round.when)})` : '';
  return `${formatKind(round.kind)}${size ? ` ${size}` : ''}${where}${when}`;
}

/**
 * Names any node: an entity by its name, a source by its title (a first sentence cut short), an event by what
 * it is — "Layoff 14,000 at Amazon (Oct 2025)".
 */
export function nodeRef(node: NodeSummaryFieldsFragment, format: Formatter): NodeRef {
  if (node.__typename === 'Event') return { id: node.id, type: 'Event', label: roundLabel(node, format) };
  if (node.__typename === 'Source') return { id: node.id, type: 'Source', label: headline(node.title).text };
  // A named outlet is a company too: say so, so a picker does not offer it as one the news reports on.
  const kind = node.__typename === 'Company' ? formatSourceKind(node.companyKind) : '';
  return { id: node.id, type: node.type, label: kind ? `${node.name} (${kind})` : node.name };
}

/**
 * A story as a node: "Layoff 14,000 at Amazon (Oct 2025), all sources" — the preferred figure of every source's
 * report, where the event of the same name is one source's (running totals say so).
 */
export function storyRef(story: StorySummaryFragment, format: Formatter): NodeRef {
  const total = story.runningTotal ? ', running total' : '';
  return { id: story.id, type: STORY_TYPE, label: `${roundLabel(story, format)}${total}, all sources` };
}

/**
 * Search hits as picker options, in the API's order, each event followed by its story (once, however many of
 * its events were found): a path can end at the round as every source reports it, not only at one source's figure.
 */
export function nodeRefsWithStories(nodes: readonly NodeSummaryFieldsFragment[], format: Formatter): NodeRef[] {
  const refs: NodeRef[] = [];
  const stories = new Set<string>();
  for (const node of nodes) {
    refs.push(nodeRef(node, format));
    if (node.__typename === 'Event' && node.story && !stories.has(node.story.id)) {
      stories.add(node.story.id);
      refs.push(storyRef(node.story, format));
    }
  }
  return refs;
}
