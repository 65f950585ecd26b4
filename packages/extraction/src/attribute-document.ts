import type { DocumentExtraction } from './types.js';
import type { DocContext } from './resolve/doc-context.js';
import { createAttributionContext } from './support/attribution-context.js';
import { findStatements } from './statements/find-statements.js';
import { findLeadershipChanges } from './leadership/find-leadership.js';
import { flagEvents } from './support/event-flags.js';
import { findSupports } from './support/find-supports.js';
import { distinguishDocuments } from './support/document-identity.js';

/**
 * The attribution pass, run after entities, relations and events: who said what (statements), leadership
 * changes, the event flags the story logic needs (aggregate totals, explicit references to earlier rounds), what
 * each figure and statement rests on (supports), and one identity per cited document. Pure, like the rest of
 * extraction.
 */
export function attributeDocument(ctx: DocContext, doc: DocumentExtraction): DocumentExtraction {
  const ac = createAttributionContext(ctx, doc);
  const found = findStatements(ac);
  const leadershipChanges = findLeadershipChanges(ac);
  const events = flagEvents(ac, doc.events);
  const { entities, relations, statements, supports } = distinguishDocuments(
    ac,
    found,
    findSupports(ac, events, found),
  );
  return { ...doc, entities, relations, events, statements, leadershipChanges, supports };
}
