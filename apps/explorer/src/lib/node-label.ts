import type { NodeSummaryFieldsFragment } from '@newsgraph/client';
import { formatKind, formatSourceKind, headline, type Formatter } from './format';

/** A node reduced to what a picker, a heading or a link shows: id, type and a readable label. */
export interface NodeRef {
  id: string;
  type: string;
  label: string;
}

/**
 * Names any node: an entity by its name, a source by its title (a first sentence cut short), an event by what
 * it is — "Layoff 14,000 at Amazon (Oct 2025)".
 */
export function nodeRef(node: NodeSummaryFieldsFragment, format: Formatter): NodeRef {
  if (node.__typename === 'Event') {
    const size = format.eventSize(node);
    const where = node.organization ? ` at ${node.organization.name}` : '';
    const when = node.when ? ` (${format.when(node.when)})` : '';
    return { id: node.id, type: 'Event', label: `${formatKind(node.kind)}${size ? ` ${size}` : ''}${where}${when}` };
  }
  if (node.__typename === 'Source') return { id: node.id, type: 'Source', label: headline(node.title).text };
  // A named outlet is a company too: say so, so a picker does not offer it as one the news reports on.
  const kind = node.__typename === 'Company' ? formatSourceKind(node.companyKind) : '';
  return { id: node.id, type: node.type, label: kind ? `${node.name} (${kind})` : node.name };
}
