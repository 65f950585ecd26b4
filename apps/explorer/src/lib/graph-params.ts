import { NODE_TYPES, type NodeType } from './node-types';
import { firstParam, queryString } from './routes';

/** Search params as Next gives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What a graph view shows besides its focus: the same for the page, its expansions and its GraphML export. */
export interface GraphFilters {
  /** Node types shown; all when empty. */
  types: NodeType[];
  /** YYYY[-MM[-DD]] bounds on events' and sources' dates; '' for none. */
  from: string;
  to: string;
  /** Show the articles mentioning the focus (MENTIONS edges), off by default. */
  mentions: boolean;
}

/** Expansions a URL may carry (each one is a request when the page or the export loads). */
export const MAX_EXPANSIONS = 12;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** All values of a repeated param (`type=Person&type=Event`), also accepting commas. */
function allParams(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim());
}

/** Reads the filters; unknown types and malformed dates are dropped (and listed in `ignored`). */
export function readGraphFilters(params: SearchParams): { filters: GraphFilters; ignored: string[] } {
  const ignored: string[] = [];
  const types = allParams(params.type).filter((type): type is NodeType => {
    const known = (NODE_TYPES as readonly string[]).includes(type);
    if (!known && type) ignored.push(`type “${type}”`);
    return known;
  });
  const date = (name: 'from' | 'to') => {
    const value = firstParam(params[name]);
    if (value && !DATE.test(value)) ignored.push(`${name} “${value}”`);
    return DATE.test(value) ? value : '';
  };
  const mentions = ['1', 'true', 'on'].includes(firstParam(params.mentions));
  return { filters: { types: [...new Set(types)], from: date('from'), to: date('to'), mentions }, ignored };
}

/** The node ids a view has expanded, in order, at most MAX_EXPANSIONS. */
export function readExpansions(params: SearchParams): string[] {
  return [...new Set(allParams(params.expand).filter(Boolean))].slice(0, MAX_EXPANSIONS);
}

/** The API's neighbourhood arguments for these filters. */
export function neighbourhoodArgs(filters: GraphFilters) {
  return {
    types: filters.types.length > 0 ? filters.types : null,
    from: filters.from || null,
    to: filters.to || null,
    mentions: filters.mentions,
  };
}

/** The query string of a view: focus, filters and expansions (a permalink, and the export's parameters). */
export function graphQuery(focus: string, filters: GraphFilters, expand: readonly string[] = []): string {
  const search = new URLSearchParams(
    queryString({ focus, from: filters.from, to: filters.to, mentions: filters.mentions ? 1 : null }).slice(1),
  );
  for (const type of filters.types) search.append('type', type);
  for (const id of expand) search.append('expand', id);
  return `?${search.toString()}`;
}
