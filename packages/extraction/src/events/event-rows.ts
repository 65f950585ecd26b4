import { extract } from '../test-helpers.js';

type Field = 'kind' | 'org' | 'count' | 'percent' | 'when';

/** Tests only: the events of `text` (published on `publishedAt`) as rows of the chosen fields, in order. */
export function eventRows(text: string, publishedAt: string, ...fields: Field[]): unknown[][] {
  return extract(text, publishedAt)
    .events()
    .map((e) => fields.map((f) => e[f]));
}
