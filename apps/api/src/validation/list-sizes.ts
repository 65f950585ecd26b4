import { EDGES_PER_NODE, LIST_CAPS, MAX_PATH_HOPS, NEIGHBOURHOOD_MAX_NODES } from '@newsgraph/graph';
import { Kind, getNullableType, isListType, type ValueNode } from '../graphql-js.js';
import { MAX_PAGE_SIZE } from '../resolvers/arguments.js';
import type { SelectedField } from './operation-fields.js';

/** An argument's value when it is a literal integer; `fallback` when omitted, `max` when a variable. */
function intArgument(field: SelectedField, name: string, fallback: number, max: number): number {
  const argument = field.node.arguments?.find((arg) => arg.name.value === name);
  if (!argument) return fallback;
  const value: ValueNode = argument.value;
  if (value.kind === Kind.INT) return Math.min(max, Math.max(1, Number(value.value)));
  if (value.kind === Kind.NULL) return fallback;
  return max;
}

const page = (fallback: number) => (field: SelectedField) => intArgument(field, 'first', fallback, MAX_PAGE_SIZE);
/** A list paged forwards (first) or backwards (last): whichever is given. */
const pageEitherWay = (fallback: number) => (field: SelectedField) =>
  field.node.arguments?.some((arg) => arg.name.value === 'last')
    ? intArgument(field, 'last', fallback, MAX_PAGE_SIZE)
    : intArgument(field, 'first', fallback, MAX_PAGE_SIZE);
const cap = (size: number) => () => size;

/**
 * How many items a field can return, by `Type.field` (interfaces and their implementations alike). Paged fields
 * use their `first` (a literal, else the resolver's default when omitted, else the cap of 100 for a variable);
 * connections count their page here, so their `edges` count once; fields without arguments use the graph's caps.
 */
const SIZES: Record<string, (field: SelectedField) => number> = {
  'Query.search': page(20),
  'Query.sourcesCiting': page(100),
  'Query.sources': pageEitherWay(20),
  'Query.events': pageEitherWay(20),
  // At most `first` entities, `first` events and `first` sources.
  'Query.searchNodes': (field) => 3 * intArgument(field, 'first', 20, MAX_PAGE_SIZE),
  'Query.path': (field) => intArgument(field, 'maxHops', 4, MAX_PATH_HOPS),
  // One Subgraph of at most maxNodes nodes and EDGES_PER_NODE × maxNodes edges: both priced here.
  'Query.neighbourhood': (field) =>
    intArgument(field, 'maxNodes', NEIGHBOURHOOD_MAX_NODES.default, NEIGHBOURHOOD_MAX_NODES.max) * (1 + EDGES_PER_NODE),
  // Nested connections: their page (edges count once, below).
  ...Object.fromEntries(
    ['Entity', 'Company', 'Division', 'Person', 'Product'].flatMap((type) => [
      [`${type}.sourcesConnection`, page(20)],
      [`${type}.citations`, page(20)],
      [`${type}.eventsConnection`, page(20)],
    ]),
  ),
  '*.sources(first)': page(100),
  'Source.mentions': cap(LIST_CAPS.mentionsPerSource),
  'Source.cites': cap(LIST_CAPS.citationsPerSource),
  'Source.citedBy': cap(LIST_CAPS.citationsPerSource),
  'Company.citedBy': cap(LIST_CAPS.citationsPerSource),
  'Source.facts': cap(LIST_CAPS.factsPerSource),
  'Source.events': cap(LIST_CAPS.eventsPerSource),
  'Source.copies': cap(LIST_CAPS.copiesPerSource),
  '*.events': cap(LIST_CAPS.eventsPerOrganization),
  '*.divisions': cap(LIST_CAPS.divisionsPerOrganization),
  '*.people': cap(LIST_CAPS.rolesPerEntity),
  'Person.roles': cap(LIST_CAPS.rolesPerEntity),
  'Event.sources': cap(LIST_CAPS.sourcesPerEvent),
  'Event.divisions': cap(LIST_CAPS.divisionsPerEvent),
  '*.evidence': cap(LIST_CAPS.quotesPerEvidence),
  '*.partOfEvidence': cap(LIST_CAPS.quotesPerEvidence),
  'Citation.quotes': cap(LIST_CAPS.quotesPerEvidence),
  'Stats.counts': cap(LIST_CAPS.typeCounts),
  'Query.eventPeriods': cap(LIST_CAPS.eventPeriods),
  'Query.stories': page(20),
  'Query.statements': page(20),
  '*.statements(first)': page(20),
  'Source.statements': cap(LIST_CAPS.statementsPerSource),
  'Source.supports': page(20),
  'Company.supports': page(20),
  'Story.claims': page(20),
  'Story.sources': page(20),
  'Story.covers': cap(LIST_CAPS.coversPerRunningTotal),
  'Story.events': cap(LIST_CAPS.eventsPerStory),
  'StoryClaim.basis': cap(LIST_CAPS.basisPerClaim),
  // A totals query sums at most roundsPerTotals rounds over all its periods: priced on the periods, each round once.
  'Totals.periods': cap(LIST_CAPS.roundsPerTotals),
  'TotalPeriod.rounds': cap(1),
  'Totals.runningTotals': cap(LIST_CAPS.runningTotalsPerTotals),
  'RunningTotal.covers': cap(LIST_CAPS.coversPerRunningTotal),
  // Inside a Subgraph or a connection the parent already counted the items.
  'Subgraph.nodes': cap(1),
  'Subgraph.edges': cap(1),
  '*.edges': cap(1),
};

/** Lists no entry names: a safe, loud default (a new list field should get an entry and a cap in the graph). */
export const UNKNOWN_LIST_SIZE = 100;

/**
 * The most items `field` (selected on `typeName`) can return: 1 for a single object, else its entry above.
 * Connections and `neighbourhood` are priced by their page or limit although their own type is not a list.
 */
export function maxListSize(typeName: string, field: SelectedField): number {
  const name = field.node.name.value;
  const exact = SIZES[`${typeName}.${name}`];
  const hasFirst = field.definition?.args.some((arg) => arg.name === 'first') ?? false;
  const wildcard = SIZES[`*.${name}${hasFirst ? '(first)' : ''}`];
  const sizer = exact ?? wildcard;
  const type = field.definition ? getNullableType(field.definition.type) : null;
  const isList = type !== null && isListType(type);
  if (sizer && (isList || exact)) return sizer(field);
  return isList ? UNKNOWN_LIST_SIZE : 1;
}
