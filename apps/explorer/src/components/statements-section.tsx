import Link from 'next/link';
import { EntityStatementsDocument, type EntityStatementsQuery } from '@newsgraph/client';
import { loadFromApi } from '../lib/api';
import { type Formatter } from '../lib/format';
import { getFormatter } from '../lib/request-formatter';
import { sourceHref } from '../lib/routes';
import { CitedLink } from './cited-link';
import { EmptyState } from './empty-state';
import { EntityLink } from './entity-link';
import { Quote } from './quote';

/** Statements shown on an entity page: the newest reports first, the API's default page (≤ 100 allowed). */
export const STATEMENTS_SHOWN = 20;

type Statement = EntityStatementsQuery['statements'][number];

/**
 * "Statements": what a person or organization said — the quoted words, the speaker, the reporting article
 * (linked to its page) and the sentence as a quote linking to its exact span. Server-rendered; loads its own
 * data so the entity page needs only one line to show it.
 */
export async function StatementsSection({ speakerId }: { speakerId: string }) {
  const result = await loadFromApi((api) =>
    api.request(EntityStatementsDocument, { speaker: speakerId, first: STATEMENTS_SHOWN }),
  );
  const format = await getFormatter();
  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">Statements</h2>
      {!result.ok ? (
        <EmptyState>Statements could not be loaded: {result.failure.message}</EmptyState>
      ) : result.data.statements.length === 0 ? (
        <EmptyState>No statements recorded.</EmptyState>
      ) : (
        <ul className="list" data-testid="statements">
          {result.data.statements.map((s) => (
            <li key={s.id}>
              <StatementItem statement={s} format={format} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One statement: “words” — speaker, attribution; reported by the article (via a memo…), date; the sentence. */
function StatementItem({ statement: s, format }: { statement: Statement; format: Formatter }) {
  const words = s.quote.text.trim();
  return (
    <>
      <p style={{ margin: 0 }}>
        <strong data-testid="statement-words">{s.direct ? `“${words}”` : words}</strong>
      </p>
      <div className="meta">
        <EntityLink entity={s.speaker} /> {s.attribution.text.trim()}
        {s.direct ? '' : ' (reported speech)'}
        {s.when ? `, ${format.when(s.when)}` : ''} · reported by{' '}
        <Link prefetch={false} href={sourceHref(s.source.id)}>
          {s.source.title}
        </Link>
        {s.source.publisher ? ` — ${s.source.publisher}` : ''}, {format.when(s.reportedAt)}
        {s.via && (
          <>
            {' '}
            · via <CitedLink cited={s.via} />
          </>
        )}
      </div>
      <Quote quote={s.sentence} sourceId={s.source.id} />
    </>
  );
}
