import { typeClass } from '../lib/node-types';

/** The node type as a small coloured label. */
export function TypeBadge({ type }: { type: string }) {
  return <span className={`badge ${typeClass(type)}`}>{type}</span>;
}
