/** A line's bullet opening — "- ", "• ", "* ", "– " after optional indentation — with the spaces after it. */
export const BULLET_OPENING_RE = /^[ \t]*[-•*–][ \t]+/;
