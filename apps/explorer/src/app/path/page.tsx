import type { Metadata } from 'next';
import Link from 'next/link';
import { PathDocument, type PathQuery } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { EntityLink } from '../../components/entity-link';
import { NodePicker } from '../../components/node-picker';
import { Quote } from '../../components/quote';
import { loadFromApi } from '../../lib/api';
import { getFormatter } from '../../lib/request-formatter';
import { firstParam, pathHref } from '../../lib/routes';
import { resolveEndpoint, type ResolvedEndpoint } from '../../lib/resolve-endpoint';

export const metadata: Metadata = { title: 'Path' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/path?from=&to=`: the shortest connection between two nodes — entities, events, stories or sources, by id or
 * by what is typed (a name, "Amazon 14,000", a title) — with the sentence behind every hop. An id that is no node's is
 * reported, never replaced by something else.
 */
export default async function PathPage({ searchParams }: Props) {
  const params = await searchParams;
  const fromInput = firstParam(params.from);
  const toInput = firstParam(params.to);
  const format = await getFormatter();
  const result =
    fromInput || toInput
      ? await loadFromApi(async (api) => {
          const [from, to] = await Promise.all([
            resolveEndpoint(api, fromInput, format, { stories: true }),
            resolveEndpoint(api, toInput, format, { stories: true }),
          ]);
          const steps =
            from.node && to.node
              ? (await api.request(PathDocument, { from: from.node.id, to: to.node.id, maxHops: 6 })).path
              : null;
          return { from, to, steps };
        })
      : null;
  const resolved = result?.ok ? result.data : null;

  return (
    <>
      <h1>Find a path</h1>
      <p className="lede">
        The shortest chain of facts linking two companies, people, events, stories or articles, with the sentence behind
        every hop.
      </p>
      <form className="search-form card" action="/path" method="get" aria-label="Path between two nodes">
        <NodePicker
          id="from"
          name="from"
          label="From"
          required
          placeholder="e.g. Beth Galetti"
          stories
          defaultValue={resolved?.from.node?.id ?? fromInput}
        />
        <NodePicker
          id="to"
          name="to"
          label="To"
          required
          placeholder="e.g. Amazon 14,000 (an event or its story)"
          stories
          defaultValue={resolved?.to.node?.id ?? toInput}
        />
        <button type="submit">Find path</button>
      </form>
      {result && !result.ok && <ApiError failure={result.failure} />}
      {resolved && (
        <>
          <Endpoint label="From" endpoint={resolved.from} other={resolved.to} side="from" />
          <Endpoint label="To" endpoint={resolved.to} other={resolved.from} side="to" />
          {resolved.steps && resolved.from.node && resolved.to.node && (
            <PathSteps steps={resolved.steps} from={resolved.from} to={resolved.to} />
          )}
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
  if (endpoint.unknownId)
    return (
      <p className="state error" role="alert" data-testid={`unknown-${side}`}>
        {label}: no node has the id <code>{endpoint.input}</code>. Check it, or type a name, an event (“Amazon 14,000”)
        or a title instead.
      </p>
    );
  if (!endpoint.node)
    return (
      <p className="state error" role="alert" data-testid={`unmatched-${side}`}>
        {label}: nothing matches “{endpoint.input}”.
      </p>
    );
  const otherId = other.node?.id ?? other.input;
  return (
    <p className="small" data-testid={`endpoint-${side}`}>
      {label}: <EntityLink entity={{ id: endpoint.node.id, type: endpoint.node.type, name: endpoint.node.label }} />
      {endpoint.node.id !== endpoint.input && <> for “{endpoint.input}”</>}.
      {endpoint.alternatives.length > 0 && (
        <>
          {' '}
          Or pick:{' '}
          {endpoint.alternatives.map((alt, i) => (
            <span key={alt.id}>
              {i > 0 && ', '}
              <Link prefetch={false} href={side === 'from' ? pathHref(alt.id, otherId) : pathHref(otherId, alt.id)}>
                {alt.label} <span className="muted">({alt.type})</span>
              </Link>
            </span>
          ))}
        </>
      )}
    </p>
  );
}

function PathSteps({ steps, from, to }: { steps: PathQuery['path']; from: ResolvedEndpoint; to: ResolvedEndpoint }) {
  if (steps.length === 0)
    return (
      <EmptyState>
        {from.node!.id === to.node!.id
          ? 'Both ends are the same node.'
          : `No connection between ${from.node!.label} and ${to.node!.label} within 6 hops.`}
      </EmptyState>
    );
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
