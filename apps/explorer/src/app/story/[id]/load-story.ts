import { cache } from 'react';
import { StoryPageDocument, StoryRunningTotalsDocument, type StoryPageQuery } from '@newsgraph/client';
import { loadFromApi } from '../../../lib/api';

export type StoryData = NonNullable<StoryPageQuery['story']>;
export type StoryClaim = StoryData['claims'][number];

/** A running total the press reported that counts this round, with the span it covers. */
export interface BelongsTo {
  id: string;
  count: number | null;
  countText: string | null;
  coversFrom: string;
  coversTo: string;
}

/**
 * The story as known now (or on `asOf`), and the running totals that cover it: those of its organization and,
 * for a unit's round, of the organization it is part of (units roll up). Null data for an unknown id.
 */
export const loadStory = cache(async (id: string, asOf: string | undefined) =>
  loadFromApi(async (api) => {
    const { story } = await api.request(StoryPageDocument, { id, asOf });
    if (!story) return null;
    const belongsTo: BelongsTo[] = [];
    const organization = story.organization;
    const owners = [organization?.id, organization && 'parent' in organization ? organization.parent?.id : null];
    if (!story.runningTotal) {
      for (const owner of owners.filter((o): o is string => Boolean(o))) {
        const { totals } = await api.request(StoryRunningTotalsDocument, {
          organization: owner,
          kind: story.kind,
          asOf,
        });
        for (const total of totals.runningTotals)
          if (total.covers.some((round) => round.id === story.id) && !belongsTo.some((b) => b.id === total.story.id))
            belongsTo.push({
              id: total.story.id,
              count: total.count ?? null,
              countText: total.story.countText ?? null,
              coversFrom: total.coversFrom,
              coversTo: total.coversTo,
            });
      }
    }
    return { story, belongsTo };
  }),
);
