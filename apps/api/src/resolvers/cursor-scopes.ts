import { EVENT_ORDERS, SOURCE_ORDERS, STORY_ORDER, type EventOrder, type SourceOrder } from '@newsgraph/graph';
import type { CursorScope } from './arguments.js';

/** The article list in one order: its cursors are refused by the other orders. */
export const sourcesScope = (order: SourceOrder): CursorScope => ({
  scope: `sources:${order}`,
  shape: SOURCE_ORDERS[order].shape,
});

/** The events list in one order. */
export const eventsScope = (order: EventOrder): CursorScope => ({
  scope: `events:${order}`,
  shape: EVENT_ORDERS[order].shape,
});

/** Entity.citations (newest first). */
export const CITATIONS_SCOPE: CursorScope = { scope: 'citations', shape: SOURCE_ORDERS.NEWEST.shape };

/** Entity.sourcesConnection (newest first). */
export const ENTITY_SOURCES_SCOPE: CursorScope = { scope: 'entity-sources', shape: SOURCE_ORDERS.NEWEST.shape };

/** Company/Division.eventsConnection (time order). */
export const ORGANIZATION_EVENTS_SCOPE: CursorScope = {
  scope: 'organization-events',
  shape: EVENT_ORDERS.WHEN_ASC.shape,
};

/** The neighbours of one node in a neighbourhood: `[strength, id]`, valid only for that node. */
export const neighboursScope = (id: string): CursorScope => ({ scope: `neighbours:${id}`, shape: 'ns' });

/** The stories list (time order, `[placedStart, id]`); one scope whatever the filter, as the events list. */
export const STORIES_SCOPE: CursorScope = { scope: 'stories', shape: STORY_ORDER.shape };
