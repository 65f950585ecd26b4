import Link from 'next/link';
import { truncate } from '../lib/format';
import { nodeHref } from '../lib/routes';
import { typeClass } from '../lib/node-types';

/** A link to an entity's (or a source's or event's) page with a dot in its type colour. */
export function EntityLink({ entity }: { entity: { id: string; type: string; name: string } }) {
  const href = nodeHref(entity);
  const dot = <span className={`dot ${typeClass(entity.type)}`} aria-hidden="true" />;
  const name = truncate(entity.name);
  const title = name === entity.name ? undefined : entity.name;
  return (
    <Link prefetch={false} href={href} title={title}>
      {dot}
      {name}
    </Link>
  );
}
