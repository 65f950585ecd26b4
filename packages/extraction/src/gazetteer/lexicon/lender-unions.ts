/**
 * Lenders whose names end in "Union": a credit union or a savings union is a cooperative bank, a business that lends,
 * hires and cuts jobs like any other ("Kestrel Credit Union", "Vessla Co-operative Credit Union", "Orsk Savings
 * Union"), not a workers' union. The word before "Union" is a lender's word; a union of workers, staff, employees or
 * a trade ("Kestrel Bank Workers Union", "Orsk Bank Employees Union") ends otherwise. "Bank Union" is left out: it is
 * as often the union of a bank's staff ("the Kora Bank Union said the branch closures break the pact"), and "Banking
 * Union" (a policy of a bloc) is no lender. A generic language resource: no organization is named.
 */
const LENDER_UNION_RE = /\b(?:Credit|Savings|Thrift|Loans?)\s+Union$/;

/** Whether a name (words joined by single spaces or blanks) is a lender's that ends in "Union". */
export function isLenderUnion(name: string): boolean {
  return name.endsWith('Union') && LENDER_UNION_RE.test(name);
}
