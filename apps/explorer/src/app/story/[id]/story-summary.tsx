import Link from 'next/link';
import { headline, type Formatter } from '../../../lib/format';
import { storyHref } from '../../../lib/routes';
import { basisLabel, claimFigure, disagreementText, PREFERENCE_RULE } from '../../../lib/story-text';
import type { BelongsTo, StoryData } from './load-story';
import styles from './story.module.css';

/**
 * The preferred figure and why (the API's reason and the documented rule), whether sources disagree and by how
 * much, and how the story sits among running totals: those it counts in, or the rounds a running total covers.
 */
export function StorySummary({
  story,
  belongsTo,
  asOf,
  format,
}: {
  story: StoryData;
  belongsTo: BelongsTo[];
  asOf: string | undefined;
  format: Formatter;
}) {
  const preferred = story.claims.find((c) => c.preferred);
  const disagreement = disagreementText(story.disagreement ?? null, format);
  return (
    <>
      <section aria-labelledby="preferred-title" className={styles.summary}>
        <h2 id="preferred-title">Preferred figure</h2>
        {asOf && <p data-testid="story-as-of">As known on {format.when(asOf)}: only sources reported by then.</p>}
        <p className={styles.figure} data-testid="story-preferred">
          {claimFigure(story, format)}
        </p>
        {preferred && (
          <p>
            From “{headline(preferred.source.title, 60).text}”
            {preferred.source.publisher ? ` (${preferred.source.publisher})` : ''}, resting on{' '}
            {basisLabel(preferred.basisKind)}.
          </p>
        )}
        <p data-testid="story-why">Why this one: {story.preferredBecause}.</p>
        <details>
          <summary>The rule</summary>
          <p>Every source’s figure is kept; the one shown for the story is chosen, in this order:</p>
          <ol>
            {PREFERENCE_RULE.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
        {disagreement ? (
          <p className={styles.disagree} data-testid="story-disagreement">
            {disagreement}
          </p>
        ) : (
          <p data-testid="story-agreement">
            {story.claimCount > 1 ? 'The sources agree on the figure.' : 'One source reports it.'}
          </p>
        )}
      </section>

      {story.runningTotal ? (
        <section aria-labelledby="covers-title">
          <h2 id="covers-title">Rounds this running total covers</h2>
          {story.covers.length === 0 ? (
            <p>No round in the graph falls in its span.</p>
          ) : (
            <ul data-testid="story-covers">
              {story.covers.map((round) => (
                <li key={round.id}>
                  <Link prefetch={false} href={storyHref(round.id, asOf)}>
                    {claimFigure(round, format)},{' '}
                    {round.placedBy === 'REPORT_TIME'
                      ? `undated (reported ${format.when(round.placedAt)})`
                      : format.when(round.when)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <section aria-labelledby="belongs-title">
          <h2 id="belongs-title">Running totals it counts in</h2>
          {belongsTo.length === 0 ? (
            <p>No running total the press reported covers this round.</p>
          ) : (
            <ul data-testid="story-running-totals">
              {belongsTo.map((total) => (
                <li key={total.id}>
                  <Link prefetch={false} href={storyHref(total.id, asOf)}>
                    {total.count != null ? `${format.count(total.count)} jobs` : (total.countText ?? 'a running total')}
                  </Link>{' '}
                  from {format.when(total.coversFrom)} to {format.when(total.coversTo)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
