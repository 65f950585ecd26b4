import type { Metadata } from 'next';
import Link from 'next/link';
import { PathDocument, type PathQuery } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { EntityLink } from '../../components/entity-link';
import { Quote } from '../../components/quote';
import { loadFromApi } from '../../lib/api';
import { firstParam, pathHref } from '../../lib/routes';
import { resolveEndpoint, type ResolvedEndpoint } from '../../lib/resolve-endpoint';

export const metadata: Metadata = { title: 'Path' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/path?from=&to=`: the shortest connection between two entities (ids or names), evidence at each hop. */
export default async function PathPage({ searchParams }: Props) {
  const params = await searchParams;
  const fromInput = firstParam(params.from);
  const toInput = firstParam(params.to);
  const result =
    fromInput || toInput
      ? await loadFromApi(async (api) => {
          const [from, to] = await Promise.all([resolveEndpoint(api, fromInput), resolveEndpoint(api, toInput)]);
          const steps =
            from.entity && to.entity
              ? (await api.request(PathDocument, { from: from.entity.id, to: to.entity.id, maxHops: 6 })).path
              : null;
          return { from, to, steps };
        })
      : null;
  const resolved = result?.ok ? result.data : null;

  return (
    <>
      <h1>Find a path</h1>
      <p className="lede">
        The shortest chain of facts linking two companies, divisions or people, with the sentence behind every hop.
      </p>
      <form className="search-form card" action="/path" method="get" aria-label="Path between two entities">
        <div className="field grow">
          <label htmlFor="from">From</label>
          <input
            id="from"
            name="from"
            type="search"
            required
            placeholder="e.g. Andy Jassy"
            defaultValue={resolved?.from.entity?.name ?? fromInput}
          />
        </div>
        <div className="field grow">
          <label htmlFor="to">To</label>
          <input
            id="to"
            name="to"
            type="search"
            required
            placeholder="e.g. AWS"
            defaultValue={resolved?.to.entity?.name ?? toInput}
          />
        </div>
        <button type="submit">Find path</button>
      </form>
      {result && !result.ok && <ApiError failure={result.failure} />}
      {resolved && (
        <>
          <Endpoint label="From" endpoint={resolved.from} other={resolved.to} side="from" />
          <Endpoint label="To" endpoint={resolved.to} other={resolved.from} side="to" />
          {resolved.steps && <PathSteps steps={resolved.steps} />}
        </>
      )}
    </>
  );
}

function Endpoint({
  label,
  endpoint,
  other,
  side,
}: {
  label: string;
  endpoint: ResolvedEndpoint;
  other: ResolvedEndpoint;
  side: 'from' | 'to';
}) {
  if (!endpoint.input) return <EmptyState>Choose where the path {side === 'from' ? 'starts' : 'ends'}.</EmptyState>;
  if (!endpoint.entity)
    return (
      <EmptyState>
        {label}: nothing matches “{endpoint.input}”.
      </EmptyState>
    );
  if (endpoint.alternatives.length === 0) return null;
  const otherId = other.entity?.id ?? other.input;
  return (
    <p className="small">
      {label}: using <EntityLink entity={endpoint.entity} /> for “{endpoint.input}”. Or pick:{' '}
      {endpoint.alternatives.map((alt, i) => (
        <span key={alt.id}>
          {i > 0 && ', '}
          <Link href={side === 'from' ? pathHref(alt.id, otherId) : pathHref(otherId, alt.id)}>{alt.name}</Link>
        </span>
      ))}
    </p>
  );
}

function PathSteps({ steps }: { steps: PathQuery['path'] }) {
  if (steps.length === 0) return <EmptyState>No connection within 6 hops.</EmptyState>;
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">
        {steps.length} hop{steps.length === 1 ? '' : 's'}
      </h2>
      <ol className="path-steps" data-testid="path-steps">
        {steps.map((step, i) => (
          <li key={`${step.from.id}-${step.to.id}-${i}`}>
            <span className="hop">
              <EntityLink entity={{ id: step.from.id, type: step.from.type, name: step.from.label }} />
              <span className="rel">
                {step.type}
                {step.title ? `: ${step.title}` : ''}
              </span>
              <EntityLink entity={{ id: step.to.id, type: step.to.type, name: step.to.label }} />
            </span>
            {step.evidence.length === 0 ? (
              <p className="small muted">No quote stored for this hop.</p>
            ) : (
              step.evidence
                .slice(0, 3)
                .map((e) => <Quote key={`${e.source.id}-${e.start}`} quote={e} source={e.source} />)
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
