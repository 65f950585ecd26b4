import Link from 'next/link';
import { SearchStoriesDocument } from '@newsgraph/client';
import { loadFromApi } from '../lib/api';
import { formatKind } from '../lib/format';
import { getFormatter } from '../lib/request-formatter';
import { storyHref } from '../lib/routes';
import { claimFigure } from '../lib/story-text';
import { EntityLink } from './entity-link';

/**
 * "Stories" on the search page: the stories of the events a query describes (a figure, a kind, a year, an
 * organization), each once, linking to the story page. Renders nothing when the query names no event, or when
 * the API fails (the entity results above say why).
 */
export async function StoriesFound({ query }: { query: string }) {
  const result = await loadFromApi((api) => api.request(SearchStoriesDocument, { query }));
  if (!result.ok) return null;
  const format = await getFormatter();
  const seen = new Set<string>();
  const found = result.data.searchNodes.flatMap((node) => {
    if (node.__typename !== 'Event' || !node.story || seen.has(node.story.id)) return [];
    seen.add(node.story.id);
    return [{ event: node, story: node.story }];
  });
  if (found.length === 0) return null;
  return (
    <section aria-labelledby="group-stories">
      <h2 id="group-stories" className="t-event">
        <span className="dot" aria-hidden="true" />
        Stories <span className="muted small">({found.length})</span>
      </h2>
      <ul className="list" data-testid="stories-found">
        {found.map(({ event, story }) => (
          <li key={story.id}>
            <Link prefetch={false} href={storyHref(story.id)}>
              {formatKind(event.kind)}
              {story.runningTotal ? ' (running total)' : ''}: {claimFigure(story, format)}
            </Link>
            {event.organization && (
              <>
                {' · '}
                <EntityLink entity={event.organization} />
              </>
            )}
            <div className="meta">
              {story.placedBy === 'REPORT_TIME'
                ? `undated, reported ${format.when(story.placedAt)}`
                : format.when(story.when)}
              {' · '}
              {story.sourceCount} source{story.sourceCount === 1 ? '' : 's'}
              {story.disagreement ? ', disagreeing' : ''}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
