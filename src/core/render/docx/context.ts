/** What every block handler needs besides its block: the theme and the document's counters. */
import type { Theme } from '../theme.ts';
import { createClauseTracker, type ClauseTracker } from './numbering.ts';

export interface DocxContext {
  theme: Theme;
  clauses: ClauseTracker;
  /** A fresh Word list instance, so each model list numbers from 1 again. */
  nextListInstance(): number;
}

export function createContext(theme: Theme): DocxContext {
  let lists = 0;
  return {
    theme,
    clauses: createClauseTracker(),
    nextListInstance: () => ++lists,
  };
}

/** Per-block options from the block dispatcher. */
export interface BlockOptions {
  /** The block follows a page break: its first paragraph starts a new page. */
  pageBreakBefore: boolean;
}
