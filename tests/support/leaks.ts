/** What must never reach a document: unfilled values, template syntax, literal tokens. */
export const LEAKS = /undefined|NaN|\bnull\b|\[object Object\]|\{\{|\}\}|[\uE000-\uE1FF]/;
