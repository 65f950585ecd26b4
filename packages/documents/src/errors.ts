/**
 * Why a document (a file, a record of a dataset, a fetched page, a feed item or a mutation's input) was refused.
 * Codes are stable: scripts and API clients may match on them. Every entry point reports the same code for the
 * same problem.
 */
export type DocumentErrorCode =
  | 'E_NOT_FOUND'
  | 'E_READ'
  | 'E_UNSUPPORTED'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_URI_TOO_LONG'
  | 'E_TITLE_TOO_LONG'
  | 'E_FIELD_TOO_LONG'
  | 'E_NO_TEXT'
  | 'E_RECORD'
  | 'E_URL'
  | 'E_PRIVATE_ADDRESS'
  | 'E_ROBOTS'
  | 'E_HTTP_STATUS'
  | 'E_TIMEOUT'
  | 'E_REDIRECTS'
  | 'E_CONTENT_TYPE'
  | 'E_NETWORK'
  | 'E_FEED'
  | 'E_NO_LINK'
  | 'E_INTERNAL';

/** A refused document: `where` names it (a path, `path:line`, a URL), `code` says why. */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }

  /** `<where>: <CODE>: <message>`, the line every CLI prints on stderr. */
  override toString(): string {
    return `${this.where}: ${this.code}: ${this.message}`;
  }
}

/** True for a DocumentError (also across module copies, by name and code). */
export function isDocumentError(error: unknown): error is DocumentError {
  return (
    error instanceof DocumentError ||
    (error instanceof Error && error.name === 'DocumentError' && typeof (error as DocumentError).code === 'string')
  );
}

/** Wraps anything thrown while handling `where` into a DocumentError (file-system codes mapped, the rest E_INTERNAL). */
export function toDocumentError(where: string, error: unknown): DocumentError {
  if (isDocumentError(error)) return error;
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === 'ENOENT') return new DocumentError('E_NOT_FOUND', where, 'no such file or directory');
  if (e?.code === 'EACCES' || e?.code === 'EISDIR' || e?.code === 'EMFILE' || e?.code === 'EPERM')
    return new DocumentError('E_READ', where, e.message);
  return new DocumentError('E_INTERNAL', where, e?.message ?? String(error));
}
