import type { EventKind, EventStatus, Span } from '../types.js';

/** An event as the sentence rules read it, before mentions of the same round are merged. */
export interface Draft {
  kind: EventKind;
  org: string | null;
  count: number | null;
  countText?: string;
  percent: number | null;
  when: string | null;
  cumulative: boolean;
  status: EventStatus;
  evidence: Span[];
  si: number;
  /** No figure at all ("announced a round of job cuts"). */
  bare: boolean;
}

/** Layoffs and restructurings are one class of event (a round of cuts); other kinds are their own class. */
export const cutClass = (k: EventKind) => (k === 'layoff' || k === 'restructuring' ? 'cut' : k);
