/** A Cypher statement with its parameters: what every query builder returns and the executor runs. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Tags a template literal as Cypher and trims its indentation. It takes no interpolations on purpose:
 * every value goes in as a `$param`, never spliced into the text.
 */
export function cypher(strings: TemplateStringsArray): string {
  return strings.raw
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
