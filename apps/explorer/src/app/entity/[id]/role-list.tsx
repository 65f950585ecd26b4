import type { RoleFieldsFragment } from '@newsgraph/client';
import { EmptyState } from '../../../components/empty-state';
import { EntityLink } from '../../../components/entity-link';
import { Quote } from '../../../components/quote';

/** Roles with their titles and evidence; `show` picks which end to name (the other is the page's entity). */
export function RoleList({
  roles,
  show,
  empty,
}: {
  roles: RoleFieldsFragment[];
  show: 'person' | 'organization';
  empty: string;
}) {
  if (roles.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="list">
      {roles.map((role) => {
        const other = show === 'person' ? role.person : role.organization;
        return (
          <li key={`${role.person.id}-${role.organization.id}-${role.title ?? ''}`}>
            <EntityLink entity={other} />
            {role.title && <span> — {role.title}</span>}
            {role.evidence.slice(0, 2).map((e) => (
              <Quote key={`${e.source.id}-${e.start}`} quote={e} source={e.source} />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
