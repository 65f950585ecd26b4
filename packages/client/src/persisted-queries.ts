import { getOperationAST, OperationTypeNode, print, type DocumentNode } from 'graphql';
import * as generated from './generated/graphql';

const printed = new WeakMap<DocumentNode, string>();

/** The exact query text the client sends for `document` (printed once, then remembered). */
export function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** Lower-case hex SHA-256 of `text` (Web Crypto: the same in Node and in browsers), as Apollo's APQ hashes queries. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const hashes = new WeakMap<DocumentNode, Promise<string>>();

/** The persisted-query id of `document`: the SHA-256 of its printed text. */
export function persistedQueryHash(document: DocumentNode): Promise<string> {
  let hash = hashes.get(document);
  if (hash === undefined) {
    hash = sha256Hex(printDocument(document));
    hashes.set(document, hash);
  }
  return hash;
}

/** True for a document holding a query (not a mutation): the only operations sent as GET. */
export function isQueryDocument(document: DocumentNode): boolean {
  return getOperationAST(document)?.operation === OperationTypeNode.QUERY;
}

/**
 * Every query of `operations/*.graphql`, keyed by its persisted-query hash: the manifest the API preloads, so any
 * replica answers `GET /graphql?extensions={"persistedQuery":…}` for these operations without a registration
 * round trip. Mutations are left out (they are never sent as GET).
 */
export async function persistedQueryManifest(): Promise<Map<string, string>> {
  const documents = Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null)
    .map(([, value]) => value as DocumentNode)
    .filter(isQueryDocument);
  const entries = await Promise.all(
    documents.map(async (document) => [await persistedQueryHash(document), printDocument(document)] as const),
  );
  return new Map(entries);
}
