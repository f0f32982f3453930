/**
 * How big an input may be. Every entry point (the CLI, the wizard, the audit, the imports)
 * applies the same figures, so a file that one of them accepts is accepted by all. The figures
 * fit the use of each field with room to spare, and keep every derived figure finite and exact
 * to the unit (sums stay far below Number.MAX_SAFE_INTEGER): see docs/reliability.md.
 */
export const LIMITS = {
  /** A profile or answers file, in bytes of UTF-8: refused before it is parsed. */
  fileBytes: 1024 * 1024,
  /** A name, a title, a position reference, a person's name. */
  name: 200,
  /** One clause of text: a duty, a reason, what the company does. */
  text: 1000,
  /** An audit comment: a paragraph or two. */
  comment: 5000,
  /** Any list (positions, duties, KPI items, segments…) and any map (audit answers). */
  listItems: 200,
  /** Employees on one position. */
  headcount: 10_000,
  /** An id (position, segment, document): it becomes part of file names. */
  idLength: 64,
  /** Nesting of lists and maps; a profile needs six levels. */
  depth: 32,
  /** A sum of money: a year's revenue, a deal, a plan, a bonus. */
  money: 1e12,
  /** A monthly salary or bonus of one employee. */
  pay: 1e9,
  /** A count per month or year: leads, clients, calls. */
  count: 1e6,
  /** Days (a sales cycle, a deferral, a contact interval). */
  days: 3650,
  /** The first and last year a date may fall in. */
  firstYear: 2000,
  lastYear: 2100,
  /** Errors printed for one file; the rest are counted. */
  printedIssues: 50,
} as const;

/** «1 048 576» with the narrow no-break space Russian texts group digits with. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** The file size limit as people read it: «1 МБ». */
export const FILE_LIMIT_TEXT = '1 МБ';
