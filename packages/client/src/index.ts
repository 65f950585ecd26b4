// Imports are extensionless: Turbopack (the explorer's bundler) does not map `.js` to `.ts` sources.
export {
  createNewsgraphClient,
  type NewsgraphClient,
  type NewsgraphClientOptions,
  type RequestOptions,
} from './create-client';
export {
  NewsgraphClientError,
  isNewsgraphClientError,
  type GraphQLErrorEntry,
  type NewsgraphClientErrorCode,
} from './client-error';
export * from './generated/graphql';
export { persistedQueryManifest, persistedQueryHash, printDocument, sha256Hex } from './persisted-queries';
