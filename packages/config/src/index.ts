export {
  ConfigError,
  getConfig,
  loadConfig,
  type LoadConfigOptions,
  type Neo4jConnection,
  type NewsgraphConfig,
} from './load-config.js';
export { childEnv } from './process-env.js';
export { findRepoRoot } from './repo-root.js';
export { ALIASES, VARIABLES, type VariableName, type VariableSpec } from './variables.js';
export { renderEnvTable } from './env-table.js';
