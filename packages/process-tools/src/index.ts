export { findFreePort, isPortOpen } from './ports.js';
export { runCommand, type CommandResult } from './run-command.js';
export { createLogger, isPrettyByDefault, type Logger, type LoggerSetup } from './logger.js';
