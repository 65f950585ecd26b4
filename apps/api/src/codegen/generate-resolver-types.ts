import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as typescriptResolversPlugin from '@graphql-codegen/typescript-resolvers';
import { readSchemaSDL } from '@newsgraph/schema';
import { parse } from '../graphql-js.js';

/** apps/api, whatever the working directory. */
export const API_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The generated file, relative to apps/api (committed; `npm run codegen -w @newsgraph/api` rewrites it). */
export const RESOLVER_TYPES_FILE = 'src/generated/resolvers-types.ts';

const record = (name: string) => `@newsgraph/graph#${name}`;

/**
 * What each GraphQL object type is on the server side: the read-model record the graph package returns for it
 * (resolvers receive it as their parent). Types not listed are plain objects of their GraphQL shape.
 */
const MAPPERS = {
  Node: record('NodeRecord'),
  Entity: record('EntityRecord'),
  Company: record('EntityRecord'),
  Division: record('EntityRecord'),
  Person: record('EntityRecord'),
  Product: record('EntityRecord'),
  Role: record('RoleRecord'),
  Event: record('EventRecord'),
  Source: record('SourceRecord'),
  CitedSource: record('CitedRecord'),
  Mention: record('MentionRecord'),
  Fact: record('FactRecord'),
  Evidence: record('EvidenceRecord'),
  Citation: record('CitationRecord'),
  GraphNode: record('GraphNodeRecord'),
  GraphEdge: record('GraphEdgeRecord'),
  Subgraph: record('SubgraphRecord'),
  PathStep: record('PathStepRecord'),
  IngestResult: record('IngestOutcome'),
  EventPeriod: record('EventPeriodRecord'),
  Story: record('StoryRecord'),
  StoryClaim: record('StoryClaimRecord'),
  Totals: record('TotalsRecord'),
  TotalPeriod: record('TotalPeriodRecord'),
  RunningTotal: record('RunningTotalRecord'),
  Statement: record('StatementRecord'),
  Support: record('SupportRecord'),
};

/**
 * Generates, in memory, the resolver types of the SDL in @newsgraph/schema (graphql-codegen's typescript and
 * typescript-resolvers plugins): argument types, and for each field the parent (a record from MAPPERS), the
 * context (ApiContext) and the result it may return. Only a plain AST crosses into codegen, so the ESM and CJS
 * copies of graphql never meet (see graphql-js.ts).
 */
export async function generateResolverTypes(): Promise<string> {
  return codegen({
    filename: RESOLVER_TYPES_FILE,
    schema: parse(readSchemaSDL()),
    documents: [],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      scalars: { ID: 'string', Date: 'string' },
      // Resolvers see the values the graph stores (the string enums of resolvers/enum-values.ts).
      enumValues: Object.fromEntries(
        ['EventKind', 'EventStatus', 'SourceKind', 'LeadershipChange', 'ClaimBasis', 'ReportClock'].map((name) => [
          name,
          `../resolvers/enum-values.js#${name}`,
        ]),
      ),
      contextType: '../context.js#ApiContext',
      mappers: MAPPERS,
    },
    plugins: [{ typescript: {} }, { 'typescript-resolvers': {} }],
    pluginMap: { typescript: typescriptPlugin, 'typescript-resolvers': typescriptResolversPlugin },
  });
}

/** The committed generated file, for comparison. */
export async function readCommittedResolverTypes(): Promise<string> {
  return readFile(join(API_PACKAGE_DIR, RESOLVER_TYPES_FILE), 'utf8');
}
