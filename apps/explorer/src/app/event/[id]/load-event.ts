import { cache } from 'react';
import { EventPageDocument, type EventPageQuery } from '@newsgraph/client';
import { loadFromApi } from '../../../lib/api';
import { sortByWhen } from '../../../lib/format';
import { groupReports } from './group-reports';

export type EventData = NonNullable<EventPageQuery['event']>;
type EventSibling = Extract<NonNullable<EventData['organization']>, { events: unknown }>['events'][number];

/** The organization's other events (other rounds, or other figures for this one), oldest first. */
function siblingEvents(event: EventData): EventSibling[] {
  const organization = event.organization;
  if (!organization || !('events' in organization)) return [];
  return sortByWhen(organization.events.filter((e) => e.id !== event.id));
}

/** The event, its reports and its organization's other events; null data for an unknown id. */
export const loadEvent = cache(async (id: string) =>
  loadFromApi(async (api) => {
    const { event } = await api.request(EventPageDocument, { id });
    if (!event) return null;
    return { event, reports: groupReports(event), siblings: siblingEvents(event) };
  }),
);
