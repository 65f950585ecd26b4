/**
 * Legal forms of companies across jurisdictions, as tokens the tokenizer produces ("S.A." → `S.A`, "Co." → `Co`).
 * A generic language resource: the forms are written by hand from company law, no company is named.
 */

/** Forms that end a company name: "Nissan Motor Co.", "Hallberg AG", "Norrvik Cars AB", "Unilever Nigeria Plc". */
export const LEGAL_SUFFIX: ReadonlySet<string> = new Set(
  [
    // English-speaking countries, India, Africa, Asia
    'Inc Incorporated Corp Corporation Co Company Companies Ltd Limited LLC LLP LP Plc PLC plc PLLC Pty Pvt',
    // South Africa's state-owned companies ("SOC Ltd"), Gulf and Egyptian joint-stock companies
    'SOC QSC QPSC KSC KSCP BSC SAOG SAE',
    // Germany, Austria, Switzerland
    'AG GmbH KGaA KG mbH eG',
    // France, Benelux, Southern Europe, Latin America
    'SA S.A SE S.E NV N.V BV B.V SAS S.A.S SARL Sàrl SpA S.p.A Srl S.r.l SGPS Ltda Lda SAB S.A.B SAA SAC SRL CV C.V',
    // Nordics, Central/Eastern Europe, Russia, Turkey
    'AB ASA AS A/S A/S ApS Oyj Oy hf SE sro s.r.o a.s PJSC JSC OJSC OAO PAO ZAO OOO TAS A.Ş AŞ Zrt Nyrt',
    // Asia-Pacific
    'KK K.K Bhd Berhad Tbk PCL Pcl Pte JSC',
    // Gulf free zones
    'FZE FZCO FZC DMCC',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Legal forms that are ordinary words too: they end a name only after another organization word or a comma-free run. */
export const WEAK_LEGAL_SUFFIX: ReadonlySet<string> = new Set(['Co', 'Company', 'Companies', 'AS', 'SA', 'SE', 'AB']);

/** Forms written before the name: "PT Astra International", "Grupo Bimbo", "OOO Norrvik". */
export const LEGAL_PREFIX: ReadonlySet<string> = new Set(['PT', 'Grupo', 'Groupe', 'Gruppo', 'OOO', 'PJSC', 'JSC']);

/** Legal forms of two words, written as separate tokens: "Private Limited", "Sdn Bhd", "de C.V". */
export const LEGAL_SUFFIX_PAIRS: readonly (readonly [string, string])[] = [
  ['Private', 'Limited'],
  ['Pvt', 'Ltd'],
  ['Pty', 'Ltd'],
  ['Sdn', 'Bhd'],
  ['Co', 'Ltd'],
  ['Public', 'Company'],
  ['Holding', 'AG'],
  ['Holdings', 'Ltd'],
];

/** Suffixes written with a final full stop that belongs to the name ("Co." "S.A." "Inc."). */
export const DOTTED_SUFFIX: ReadonlySet<string> = new Set([
  'Co',
  'Inc',
  'Corp',
  'Ltd',
  'S.A',
  'N.V',
  'B.V',
  'S.p.A',
  'S.r.l',
  'K.K',
  'S.A.B',
  'S.A.S',
  'C.V',
  'S.E',
  'Pvt',
  'Bhd',
]);

/** True when `word` is a legal form that may end a company name. */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIX.has(word);
}
