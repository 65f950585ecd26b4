export { findFreePort, isPortOpen } from './ports.js';
export { runCommand, type CommandResult } from './run-command.js';
