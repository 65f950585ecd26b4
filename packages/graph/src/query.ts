/** A Cypher statement with its parameters: what every query builder returns and the executor runs. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** The only way to build a fragment: set once by the class below, called by `cypherFragment` alone. */
let createFragment: (text: string) => CypherFragment;

/**
 * A piece of Cypher written as a template literal in this package's source (see `cypherFragment`), or composed of
 * such pieces. It never holds a value: the class cannot be built from a string outside this module, and the tags
 * refuse anything else in `${…}`, so the only way a value reaches Neo4j is as a `$param`.
 */
export class CypherFragment {
  readonly #text: string;

  private constructor(text: string) {
    this.#text = text;
  }

  static {
    createFragment = (text) => new CypherFragment(text);
  }

  /** The text, as written (indentation and line breaks kept; `cypher` trims the whole statement). */
  get text(): string {
    return this.#text;
  }
}

function joinTemplate(strings: TemplateStringsArray, parts: readonly CypherFragment[]): string {
  let text = strings.raw[0]!;
  parts.forEach((part, i) => {
    if (!(part instanceof CypherFragment)) {
      throw new TypeError('Only Cypher fragments can be composed into Cypher; pass values as $params.');
    }
    text += part.text + strings.raw[i + 1]!;
  });
  return text;
}

/**
 * Tags a piece of Cypher to be composed into statements: a projection, a pattern, an ORDER BY, a variable name.
 * `${…}` takes only other fragments.
 */
export function cypherFragment(strings: TemplateStringsArray, ...parts: CypherFragment[]): CypherFragment {
  return createFragment(joinTemplate(strings, parts));
}

/**
 * Tags a template literal as a Cypher statement and trims its indentation (each line trimmed, blank lines
 * dropped). `${…}` takes only fragments (`cypherFragment`): every value goes in as a `$param`, never spliced into
 * the text. Builders call it once, at module load, wherever the text does not depend on the arguments.
 */
export function cypher(strings: TemplateStringsArray, ...parts: CypherFragment[]): string {
  return joinTemplate(strings, parts)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
