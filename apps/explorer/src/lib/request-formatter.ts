import { headers } from 'next/headers';
import { cache } from 'react';
import { acceptedLanguages, createFormatter, pickLocale, type Formatter } from './format';

/**
 * The formatter of the reader's locale, from the request's Accept-Language (server components only; one per
 * request). Client components get `formatter.locale` as a prop and build their own.
 */
export const getFormatter = cache(async (): Promise<Formatter> => {
  const header = (await headers()).get('accept-language');
  return createFormatter(pickLocale(acceptedLanguages(header)));
});
