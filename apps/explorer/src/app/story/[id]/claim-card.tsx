import Link from 'next/link';
import { CitedLink } from '../../../components/cited-link';
import type { Formatter } from '../../../lib/format';
import { formatSourceKind, headline } from '../../../lib/format';
import { eventHref, quoteHref, sourceHref } from '../../../lib/routes';
import { basisLabel, claimFigure, reportClockLabel } from '../../../lib/story-text';
import type { StoryClaim } from './load-story';
import styles from './story.module.css';

/**
 * One source's claim as that source states it: its figure (units marked), date and status, what it rests on, and
 * each quote linking to the exact sentence in the article. The preferred claim is marked in words, not colour alone.
 */
export function ClaimCard({ claim, format }: { claim: StoryClaim; format: Formatter }) {
  const source = claim.source;
  return (
    <li className={`${styles.claim} ${claim.preferred ? styles.preferred : ''}`} data-testid="story-claim">
      <h3 className={styles.claimSource}>
        <Link prefetch={false} href={sourceHref(source.id)}>
          {headline(source.title).text}
        </Link>
      </h3>
      <p className="small muted">
        {[source.publisher, formatSourceKind(source.kind) || 'article'].filter(Boolean).join(' · ')}
        {claim.preferred && (
          <>
            {' · '}
            <strong className={styles.badge}>Preferred figure</strong>
          </>
        )}
      </p>
      <dl className={styles.claimFacts}>
        <div>
          <dt>Figure</dt>
          <dd data-testid="claim-figure">{claimFigure(claim, format)}</dd>
        </div>
        <div>
          <dt>When (as it says)</dt>
          <dd>
            <time dateTime={claim.when ?? undefined}>{format.when(claim.when)}</time>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{claim.status ? claim.status.toLowerCase() : '—'}</dd>
        </div>
        <div>
          <dt>Reported</dt>
          <dd>
            <time dateTime={claim.reportedAt}>{format.when(claim.reportedAt)}</time>{' '}
            <span className="small muted">({reportClockLabel(claim.reportedAtFrom)})</span>
          </dd>
        </div>
        <div>
          <dt>Rests on</dt>
          <dd data-testid="claim-basis">
            {basisLabel(claim.basisKind)}
            {claim.basis.length > 0 && (
              <ul className={styles.basis}>
                {claim.basis.map((b) => (
                  <li key={b.id}>
                    <CitedLink cited={b} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {claim.evidence.map((quote) => (
        <blockquote key={`${quote.start}-${quote.end}`} className="quote">
          <p>
            {/* A plain link, as in components/quote.tsx: the source page loads in full and scrolls to #quote. */}
            <a href={quoteHref(source.id, quote)} className="quote-link" data-testid="claim-quote">
              “{quote.text.trim()}”
            </a>
          </p>
        </blockquote>
      ))}
      <p className="small">
        <Link prefetch={false} href={eventHref(claim.event.id)}>
          This source’s event
        </Link>
      </p>
    </li>
  );
}
