/**
 * Blank lines of the forms a person fills in by hand or in Word. They reach the documents as view
 * strings, so the underscores are printed as typed (in template text Markdown would read «__» as
 * bold), and no-break spaces keep a date or a signature line whole.
 */
import { BLANK_DATE, NBSP } from '../../core/text/format.ts';

export interface Blanks {
  /** «____» _______________ 20____ г. */
  date: string;
  /** A line for a name or a sentence. */
  line: string;
  /** A short line for a number, a time or a month. */
  short: string;
  /** Signature and its transcript: ____________ / ____________ */
  signature: string;
  /** A month or a quarter of a year: ____________ 20____ г. */
  monthYear: string;
  /** A week or another period: с «____» ________ по «____» ________ 20____ г. */
  period: string;
}

const LINE = '_'.repeat(30);
const SHORT = '_'.repeat(12);

export const BLANKS: Blanks = {
  date: BLANK_DATE,
  line: LINE,
  short: SHORT,
  signature: `${SHORT}${NBSP}/${NBSP}${SHORT}`,
  monthYear: `${SHORT}${NBSP}20____${NBSP}г.`,
  period: `с${NBSP}«____»${NBSP}________ по${NBSP}«____»${NBSP}________${NBSP}20____${NBSP}г.`,
};
