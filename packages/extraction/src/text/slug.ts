/**
 * Lower-case ASCII slug used in every id (`company:<slug>`): accents folded, apostrophes dropped,
 * `&` spelled "and", any other run of non-alphanumerics becomes one `-`. Empty input gives "".
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
