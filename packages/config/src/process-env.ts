/**
 * The one module of the project that touches `process.env` (a test greps the tree for others). Everything else
 * gets its settings from `loadConfig()`, and child processes their environment from `childEnv()`.
 */

/** This process's environment, read-only. */
export function readProcessEnv(): Readonly<Record<string, string | undefined>> {
  return process.env;
}

/**
 * The environment for a child process: this process's, plus `overrides` (an `undefined` value removes a
 * variable). Children read their own configuration through `loadConfig()` again.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
