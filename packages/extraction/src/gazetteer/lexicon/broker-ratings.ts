/**
 * The recommendations brokers and research houses give a stock, as news reports them: "(buy, target raised)",
 * "restating its outperform rating". A generic language resource: no firm is named.
 */
export const BROKER_RATING =
  '(?:buy|strong\\s+buy|hold|sell|neutral|overweight|underweight|equal[- ]weight|outperform|underperform|market[- ]perform|sector[- ]perform|peer[- ]perform|accumulate|reduce)';

/** A rating in brackets right after a name: "Kellwick (buy, target raised)", "Brantor Bank (hold)". */
export const RATING_BRACKET_RE = new RegExp(`\\s?\\(${BROKER_RATING}\\b[^()\\n]{0,40}\\)`, 'iy');
