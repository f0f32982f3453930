/**
 * Doubled punctuation (`шт..`, `: :`, `;;`, a space before a comma): the pack's wording check
 * refuses a document that carries it, and validation refuses a name that would bring it in.
 */
export const DOUBLED_PUNCTUATION = /(?<![.…])\.\s?\.(?![.…])|[:;,]\s*[:;]|[:;,]\s*,|\s[,;:]\s/u;

/** Punctuation a name may not start or end with: the documents put their own around it. */
export const EDGE_PUNCTUATION = /^[,;:]|[,;:]$/u;
