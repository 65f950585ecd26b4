import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNodePlugin from '@graphql-codegen/typed-document-node';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as typescriptOperationsPlugin from '@graphql-codegen/typescript-operations';
import { readSchemaSDL } from '@newsgraph/schema';
import { parse } from 'graphql';
import { CODEGEN_DOCUMENTS, CODEGEN_OUTPUT, CODEGEN_PLUGIN_CONFIG, CODEGEN_PLUGINS } from './codegen-options';

/** packages/client, whatever the working directory. */
export const CLIENT_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const pluginMap = {
  typescript: typescriptPlugin,
  'typescript-operations': typescriptOperationsPlugin,
  'typed-document-node': typedDocumentNodePlugin,
};

/**
 * Generates, in memory, what `npm run codegen` writes to src/generated/graphql.ts: the same SDL, the same
 * operations (operations/*.graphql in file-name order) and the same plugins and options as codegen.ts.
 * Only plain ASTs cross into codegen (no GraphQLSchema instance), so the ESM/CJS copies of graphql never meet.
 */
export async function generateClientCode(): Promise<string> {
  const operationsDir = join(CLIENT_PACKAGE_DIR, CODEGEN_DOCUMENTS);
  const files = (await readdir(operationsDir)).filter((f) => f.endsWith('.graphql')).sort();
  const documents = await Promise.all(
    files.map(async (file) => {
      const location = join(operationsDir, file);
      return { location, document: parse(await readFile(location, 'utf8')) };
    }),
  );
  return codegen({
    filename: CODEGEN_OUTPUT,
    schema: parse(readSchemaSDL()),
    documents,
    config: CODEGEN_PLUGIN_CONFIG,
    plugins: CODEGEN_PLUGINS.map((name) => ({ [name]: {} })),
    pluginMap,
  });
}

/** The committed generated file, for comparison. */
export async function readCommittedClientCode(): Promise<string> {
  return readFile(join(CLIENT_PACKAGE_DIR, CODEGEN_OUTPUT), 'utf8');
}
