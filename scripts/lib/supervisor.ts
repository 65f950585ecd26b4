import type { ChildProcess } from 'node:child_process';

/** A process `npm start` started and watches. */
export interface Supervised {
  name: string;
  child: ChildProcess;
}

/**
 * Watches the children: when one exits while nobody asked it to, `onDeath` gets its name and why (exit code or
 * signal) — `npm start` then says so and stops everything it started (the choice over restarting: a child that
 * died once at start-up or under load would most likely die again, and a stack that is either whole or gone is
 * easier to reason about than one that quietly restarts). `expectExit()` before stopping a child on purpose.
 */
export function createSupervisor(onDeath: (name: string, reason: string) => void) {
  let expected = false;
  return {
    watch({ name, child }: Supervised): void {
      child.once('exit', (code, signal) => {
        if (expected) return;
        onDeath(name, signal ? `killed by ${signal}` : `exit code ${code}`);
      });
    },
    expectExit(): void {
      expected = true;
    },
  };
}
