/** Things started by a script, stopped in reverse order on SIGINT/SIGTERM or on a failed start. */
export interface CleanupStack {
  push(name: string, stop: () => Promise<void> | void): void;
  /** Stops everything pushed so far, newest first; errors are reported, not thrown. */
  runAll(): Promise<void>;
}

export function createCleanupStack(log: (line: string) => void): CleanupStack {
  const steps: Array<{ name: string; stop: () => Promise<void> | void }> = [];
  return {
    push: (name, stop) => void steps.push({ name, stop }),
    async runAll() {
      while (steps.length > 0) {
        const step = steps.pop()!;
        try {
          log(`Stopping ${step.name} ...`);
          await step.stop();
        } catch (error) {
          log(`Could not stop ${step.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}
