import { resolve } from 'node:path';
import { parseByteSize } from '@newsgraph/config';
import { createRecordFields } from './datasets/record-fields.js';
import { createLimits, type DocumentLimits } from './limits.js';
import type { ReadInputsOptions } from './read/read-inputs.js';

/**
 * The reader's options, shared by every CLI that reads documents (node:util parseArgs specs): the limit, the
 * ingest root and the dataset field names.
 */
export const READER_CLI_OPTIONS = {
  'max-bytes': { type: 'string' },
  root: { type: 'string' },
  'text-field': { type: 'string' },
  'title-field': { type: 'string' },
  'url-field': { type: 'string' },
  'published-field': { type: 'string' },
  'publisher-field': { type: 'string' },
} as const;

/** The lines of `--help` describing READER_CLI_OPTIONS. */
export const READER_CLI_HELP = [
  '  --max-bytes N        refuse a text over N bytes (default 4MiB, or NEWSGRAPH_MAX_DOCUMENT_BYTES; 512KiB, 8MiB …)',
  '  --root DIR           file uris (and ids) are paths relative to DIR (default: the current folder)',
  '  --text-field NAME    dataset column/key holding the text (default: text, content, body, article …)',
  '  --title-field NAME   … the title (default: title, headline)',
  '  --url-field NAME     … the URL (default: url, link, uri)',
  '  --published-field NAME  … the publication date (default: published, publishedAt, date …)',
  '  --publisher-field NAME  … the publisher (default: publisher, source, outlet …)',
].join('\n');

type Values = Partial<Record<keyof typeof READER_CLI_OPTIONS, string>>;

/**
 * Reader options from parsed CLI values; `cwd` is where the caller stands (`getConfig().cwd`: npm's INIT_CWD),
 * `configMaxBytes` the text limit when `--max-bytes` is absent (`getConfig().documents.maxTextBytes`, i.e.
 * NEWSGRAPH_MAX_DOCUMENT_BYTES; default DEFAULT_LIMITS). Throws a RangeError with a readable message on a bad value.
 */
export function readerOptionsFrom(values: Values, cwd: string, configMaxBytes?: number): ReadInputsOptions {
  const maxTextBytes = parseByteSize(values['max-bytes']) ?? configMaxBytes;
  const limits: DocumentLimits = createLimits(maxTextBytes ? { maxTextBytes } : {});
  return {
    cwd,
    root: values.root ? resolve(cwd, values.root) : cwd,
    limits,
    fields: createRecordFields({
      text: values['text-field'],
      title: values['title-field'],
      url: values['url-field'],
      published: values['published-field'],
      publisher: values['publisher-field'],
    }),
  };
}
