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
  /** The organization was named in the clause (or as "the company"), not taken from context. */
  named?: boolean;
  /** The clause's subject is a trade in the plural ("Europe's biggest banks plan to cut …"): a sum, no one's round. */
  generic?: boolean;
  /** The figure stands in a headline (a line without a final full stop). */
  headline?: boolean;
  /** Where the figure's clause starts and the figure ends (for breakdown cues). */
  clause?: { start: number; end: number };
  /**
   * A transaction of its own (a sale, spin-off, demerger, delisting or insolvency): an event apart from the round of
   * cuts, which closures and new structures belong to.
   */
  transaction?: boolean;
  /**
   * A programme named without a figure ("a hiring freeze", "a voluntary redundancy scheme"): part of the company's
   * round of cuts whenever it has one, whatever the dates ("extend a hiring freeze through 2026").
   */
  programme?: boolean;
  /**
   * A split or break-up of the company ("to split into three public companies"): a transaction that joins only another
   * mention of the split, not the sale or spin-off of one of its units told beside it.
   */
  split?: boolean;
  /** A transaction told as an aside on the company's other deals ("has already sold …"): see side-remarks.ts. */
  sideDeal?: boolean;
  /** The first other organization named after a transaction's trigger ("sell its towers to Vessel Partners"). */
  counterparty?: string;
  /** Written as a round already spoken of ("the 4,000 cuts", "those 600 redundancies"). */
  definite?: boolean;
  /** The count was worked out from two headcounts ("from 91,500 to 74,000"), not written. */
  derived?: boolean;
  /** The count is the headcount of sites that close ("its plant, which employs 1,200 people"): see site-headcounts.ts. */
  siteStaff?: boolean;
  /** The figure's phrase ("has dismissed about 900 employees"). */
  figure?: { start: number; end: number };
}

/** Layoffs and restructurings are one class of event (a round of cuts); other kinds are their own class. */
export const cutClass = (k: EventKind) => (k === 'layoff' || k === 'restructuring' ? 'cut' : k);
