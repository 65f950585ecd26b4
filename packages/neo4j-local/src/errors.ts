/** Why a local Neo4j could not be provisioned, started or reached. */
export type Neo4jLocalErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'PROVISION_FAILED'
  | 'PORT_IN_USE'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'UNREACHABLE'
  | 'NOT_RUNNING'
  | 'PORT_MISMATCH';

/** An error whose message names the cause and the fix; `code` lets callers branch without parsing text. */
export class Neo4jLocalError extends Error {
  constructor(
    readonly code: Neo4jLocalErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'Neo4jLocalError';
  }
}
