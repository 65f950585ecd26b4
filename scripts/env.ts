import { z } from 'zod';
import { readNeo4jLocalEnv, type Neo4jLocalEnv } from '@newsgraph/neo4j-local';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const schema = z.object({
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port(4000),
  EXPLORER_HOST: z.string().default('127.0.0.1'),
  EXPLORER_PORT: port(3000),
  NEWSGRAPH_API_TOKEN: z.string().optional(),
  NEWSGRAPH_SEEDS_DIR: z.string().default('seeds'),
  NEWSGRAPH_SKIP_BUILD: z.enum(['0', '1']).default('0'),
  NEWSGRAPH_MAX_DOCUMENT_BYTES: z.string().optional(),
});

/** Everything `npm start` reads from the environment, validated once. */
export interface StartEnv {
  neo4j: Neo4jLocalEnv;
  apiHost: string;
  apiPort: number;
  explorerHost: string;
  explorerPort: number;
  apiToken: string | undefined;
  seedsDir: string;
  skipBuild: boolean;
  /** NEWSGRAPH_MAX_DOCUMENT_BYTES as given (parsed by the reader): the text limit of every document. */
  maxDocumentBytes: string | undefined;
}

export function readStartEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}. See .env.example.`);
  }
  const values = parsed.data;
  return {
    neo4j: readNeo4jLocalEnv(env),
    apiHost: values.API_HOST,
    apiPort: values.API_PORT,
    explorerHost: values.EXPLORER_HOST,
    explorerPort: values.EXPLORER_PORT,
    apiToken: values.NEWSGRAPH_API_TOKEN,
    seedsDir: values.NEWSGRAPH_SEEDS_DIR,
    skipBuild: values.NEWSGRAPH_SKIP_BUILD === '1',
    maxDocumentBytes: values.NEWSGRAPH_MAX_DOCUMENT_BYTES,
  };
}
