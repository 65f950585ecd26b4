import { describe, expect, it } from 'vitest';
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from '../graphql-js.js';
import { citedSourceFieldsOf, getCitedSourceFields } from './selected-fields.js';

/** The selection of the query's `sourcesCiting` field and the document's fragments. */
function citedFields(query: string) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const root = operation.selectionSet.selections[0]!;
  const selection = (root as { selectionSet: SelectionSetNode }).selectionSet;
  return getCitedSourceFields([selection], fragments);
}

describe('getCitedSourceFields', () => {
  it('takes the stored properties selected under source, whatever their aliases', () => {
    expect(
      citedFields('{ sourcesCiting(name: "x") { source { id headline: title publishedAt } quotes { text } } }'),
    ).toEqual(['title', 'publishedAt']);
  });

  it('adds those selected under quotes.source, in inline fragments and in named fragments', () => {
    const query = `
      query { sourcesCiting(name: "x") { ...Cited quotes { source { ... on Source { uri } } } } }
      fragment Cited on Citation { source { ...Outlet } }
      fragment Outlet on Source { publisher contentHash }`;
    expect(citedFields(query)).toEqual(['uri', 'publisher', 'contentHash']);
  });

  it('reads none when only id, kind or fields resolved elsewhere (text, cites) are selected', () => {
    expect(
      citedFields('{ sourcesCiting(name: "x") { source { id kind text cites { id title } } entity { id name } } }'),
    ).toEqual([]);
  });

  it('walks each named fragment once, so fragments spreading one another twice per level stay cheap', () => {
    const levels = 26; // 2^26 spreads: walked spread by spread this takes minutes
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Citation { source { uri } }`
        : `fragment F${i} on Citation { ...F${i + 1} ...F${i + 1} }`,
    );
    expect(citedFields(`{ sourcesCiting(name: "x") { ...F0 } } ${fragments.join(' ')}`)).toEqual(['uri']);
  });
});

describe('citedSourceFieldsOf', () => {
  it('works the fields out once per field of a document, and afresh for another document', () => {
    const fieldOf = (query: string) => {
      const operation = parse(query).definitions[0] as OperationDefinitionNode;
      return { fieldNodes: [operation.selectionSet.selections[0] as never], fragments: {} };
    };
    const wrenfield = fieldOf('{ sourcesCiting(name: "Wrenfield Dairy") { source { title } } }');
    const first = citedSourceFieldsOf(wrenfield);
    expect(first).toEqual(['title']);
    expect(citedSourceFieldsOf(wrenfield)).toBe(first);
    expect(citedSourceFieldsOf(fieldOf('{ sourcesCiting(name: "Wrenfield Dairy") { source { uri } } }'))).toEqual([
      'uri',
    ]);
  });
});
