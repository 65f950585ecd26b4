import { extractDocument, type DocumentExtraction, type DocumentInput } from '@newsgraph/extraction';

/** Turns a document into its extraction; `extractDocument` of @newsgraph/extraction unless a test injects one. */
export type Extract = (input: DocumentInput) => DocumentExtraction | Promise<DocumentExtraction>;

/** The production extractor. */
export const defaultExtract: Extract = extractDocument;
