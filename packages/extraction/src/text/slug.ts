import { memoByString } from './memo.js';

/**
 * Lower-case ASCII slug used in every id (`company:<slug>`): accents folded, apostrophes dropped,
 * `&` spelled "and", any other run of non-alphanumerics becomes one `-`. Empty input gives "". Cached: the same
 * names and keys recur across the articles of a run (ids, document keys, event parties).
 */
export const slugify: (value: string) => string = memoByString((value) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);
