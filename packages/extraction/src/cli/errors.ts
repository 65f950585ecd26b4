/** Why one input file produced no extraction. Codes are stable (scripts may match on them). */
export type ErrorCode =
  'E_NOT_FOUND' | 'E_EMPTY' | 'E_BINARY' | 'E_ENCODING' | 'E_TOO_LARGE' | 'E_READ' | 'E_UNSUPPORTED' | 'E_INTERNAL';

/** A per-file failure: the CLI prints `<path>: <code>: <message>` on stderr and goes on with the next file. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }

  override toString(): string {
    return `${this.path}: ${this.code}: ${this.message}`;
  }
}

/** Wraps anything thrown while handling `path` into an InputError (unknown failures become E_INTERNAL). */
export function toInputError(path: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return new InputError('E_NOT_FOUND', path, 'no such file or directory');
  if (e?.code === 'EACCES' || e?.code === 'EISDIR' || e?.code === 'EMFILE')
    return new InputError('E_READ', path, e.message);
  return new InputError('E_INTERNAL', path, e?.message ?? String(err));
}
