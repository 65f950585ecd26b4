export {
  ConfigError,
  getConfig,
  loadConfig,
  type LoadConfigOptions,
  type Neo4jConnection,
  type NewsgraphConfig,
} from './load-config';
export { childEnv } from './process-env';
export { findRepoRoot } from './repo-root';
export { ALIASES, VARIABLES, type VariableName, type VariableSpec } from './variables';
export { renderEnvTable } from './env-table';
export { parseByteSize } from './byte-size';
export { hostNameOf, isAllowedHostName } from './allowed-hosts';
