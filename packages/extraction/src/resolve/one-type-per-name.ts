import type { Mention } from '../ner/mention.js';
import { stripLegalForm } from '../ner/org-names.js';
import { collapseSpaces } from '../text/char-class.js';

/**
 * "Daimler Truck Holding AG began trading … three units — …, Daimler Truck AG for commercial vehicles": a name
 * decided as a company somewhere is that company wherever else it is written as itself, even where a list of units
 * reads it as a unit. A mention written otherwise ("PKP Cargo International" folded into "PKP Cargo") keeps its type.
 */
export function oneTypePerName(text: string, companyNames: ReadonlySet<string>, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Division' || !companyNames.has(m.name)) continue;
    if (stripLegalForm(collapseSpaces(text.slice(m.start, m.end))) === m.name) m.type = 'Company';
  }
}
