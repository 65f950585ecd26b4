import type { ReactNode } from 'react';

/** A quiet box for "nothing here" (no results, no sources, no events). */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state">{children}</p>;
}
