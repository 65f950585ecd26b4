import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApiError } from '../../../components/api-error';
import { EntityLink } from '../../../components/entity-link';
import { formatKind } from '../../../lib/format';
import { getFormatter } from '../../../lib/request-formatter';
import { decodeRouteParam, firstParam, graphHref, storyHref } from '../../../lib/routes';
import { claimFigure, parseAsOf } from '../../../lib/story-text';
import { ClaimCard } from './claim-card';
import { loadStory } from './load-story';
import { StorySummary } from './story-summary';
import styles from './story.module.css';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const asOf = parseAsOf(firstParam((await searchParams).asOf) || undefined);
  const result = await loadStory(decodeRouteParam((await params).id), asOf);
  if (!result.ok || !result.data) return { title: 'Story' };
  const { story } = result.data;
  return { title: `${formatKind(story.kind)}${story.organization ? ` at ${story.organization.name}` : ''} — story` };
}

/**
 * `/story/[id]` (`?asOf=YYYY-MM-DD`): one real-world round as every source reports it — each source's figure side
 * by side with its quotes, the preferred figure and the rule that chose it, how far the sources disagree, the
 * running totals the round counts in (or, for a running total, the rounds it covers). Server-rendered.
 */
export default async function StoryPage({ params, searchParams }: Props) {
  const id = decodeRouteParam((await params).id);
  const asOf = parseAsOf(firstParam((await searchParams).asOf) || undefined);
  const result = await loadStory(id, asOf);
  if (!result.ok) return <ApiError failure={result.failure} />;
  if (!result.data) notFound();
  const { story, belongsTo } = result.data;
  const format = await getFormatter();
  const organization = story.organization;
  const parent = organization && 'parent' in organization ? organization.parent : null;
  return (
    <article>
      <p className="small muted" style={{ margin: 0 }}>
        <span className="badge t-event">Story</span>
      </p>
      <h1>
        {formatKind(story.kind)}
        {story.runningTotal ? ' (running total)' : ''}
        {organization ? ` at ${organization.name}` : ''}: {claimFigure(story, format)}
      </h1>
      <p className="meta">
        {story.placedBy === 'REPORT_TIME' ? (
          <span data-testid="story-undated">Undated — placed at its first report, {format.when(story.placedAt)}</span>
        ) : (
          <time dateTime={story.when ?? undefined}>{format.when(story.when)}</time>
        )}
        {' · '}
        {story.sourceCount} source{story.sourceCount === 1 ? '' : 's'}, {story.claimCount} claim
        {story.claimCount === 1 ? '' : 's'}
        {' · '}reported {format.when(story.firstReportedAt)}
        {story.lastReportedAt !== story.firstReportedAt ? ` to ${format.when(story.lastReportedAt)}` : ''}
        {story.claims[0] && (
          <>
            {' · '}
            <Link prefetch={false} href={graphHref(story.claims[0].event.id)}>
              Explore in the graph
            </Link>
          </>
        )}
      </p>
      {organization && (
        <p data-testid="story-organization">
          Organization: <EntityLink entity={organization} />
          {parent && (
            <>
              {' '}
              — a unit of <EntityLink entity={parent} />; its rounds count for {parent.name} too
            </>
          )}
        </p>
      )}
      <AsOfForm id={story.id} asOf={asOf} />

      <StorySummary story={story} belongsTo={belongsTo} asOf={asOf} format={format} />

      <section aria-labelledby="claims-title">
        <h2 id="claims-title">What each source says</h2>
        <ul className={styles.claims} data-testid="story-claims">
          {story.claims.map((claim) => (
            <ClaimCard key={`${claim.source.id}|${claim.event.id}`} claim={claim} format={format} />
          ))}
        </ul>
      </section>
    </article>
  );
}

/** "As known on": the story with only the sources reported by that day (the API's `asOf`). */
function AsOfForm({ id, asOf }: { id: string; asOf: string | undefined }) {
  return (
    <form method="get" className="small" aria-label="Show the story as known on a day">
      <label htmlFor="story-as-of">As known on</label>{' '}
      <input id="story-as-of" name="asOf" type="date" defaultValue={asOf && asOf.length === 10 ? asOf : ''} />{' '}
      <button type="submit">Show</button>
      {asOf && (
        <>
          {' '}
          <Link prefetch={false} href={storyHref(id)}>
            As known now
          </Link>
        </>
      )}
    </form>
  );
}
