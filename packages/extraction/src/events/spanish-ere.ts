import { F } from './trigger-lexicon.js';
import { QUANTITY_LEAD } from './numbers.js';
import type { QuantityRule } from './triggers.js';

/**
 * A Spanish ERE (expediente de regulación de empleo, the collective dismissal procedure) told in Spanish-language news
 * with the staff it covers: "aplicar un ERE que finalmente supondrá la salida de 1.264 empleados", "su primer Expediente
 * de Regulación de Empleo (ERE), que afectará a 2.410 trabajadores", "un ERE para 900 empleados", "presentó un ERE de
 * 350 personas". The staff the procedure covers are the round, as "an ERE affecting
 * 3,400 employees" is in English copy (triggers.ts). Only a count of people right after the ERE's verb or preposition:
 * not "el ERE de 2013" (a year), nor "un ERE que afectará a sus oficinas" (no count).
 */

/** Spanish nouns of the people or posts an ERE covers. */
const ES_STAFF =
  '(?:trabajadores|trabajadoras|empleados|empleadas|personas|despidos|salidas|puestos(?:\\s+de\\s+trabajo)?)';
/** Spanish words before the count: "unos", "hasta", "casi", "más de", "un máximo de". */
const ES_MOD = '(?:(?:unos|unas|hasta|casi|cerca\\s+de|más\\s+de|un\\s+máximo\\s+de|un\\s+total\\s+de)\\s+)?';

export const SPANISH_ERE_RULES: QuantityRule[] = [
  {
    name: 'spanish-ere',
    anchor: F.voluntary,
    ahead: { bits: F.number, within: 8 },
    re: new RegExp(
      `(?-i:ERE)\\)?(?:,?\\s+que\\s+(?:finalmente\\s+|ahora\\s+|podría\\s+|va\\s+a\\s+)?(?:afectará|afecta|afectaría|afectó|afectar|implicará|implica|implicaría|supondrá|supone|supondría)\\s+(?:a|la\\s+salida\\s+de)\\s+|\\s+(?:de|para|con|sobre)\\s+)${ES_MOD}${QUANTITY_LEAD}\\s+${ES_STAFF}\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
];
