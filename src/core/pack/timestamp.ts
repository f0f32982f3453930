/**
 * The moment stamped into the files: PDF creation and modification dates, DOCX core properties
 * and ZIP entry times (DOCX packages and pack.zip). The core reads no clock: the edges (CLI,
 * browser worker, site build) call packTimestamp with what they have, and pass the result to
 * generatePack and the renderers. So the same profile gives the same bytes on every run.
 *
 *   1. the profile's approval date (documents.approvalDate), midnight UTC;
 *   2. else SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/);
 *   3. else the day of the run, midnight UTC: two runs on one day still give the same bytes.
 */

/** Latest moment both PDF dates and ISO strings can carry: 9999-12-31T23:59:59Z, in seconds. */
const MAX_EPOCH_SECONDS = 253_402_300_799;

/** SOURCE_DATE_EPOCH is set to something other than a whole number of seconds since 1970 in range. */
export class SourceDateEpochError extends Error {
  override name = 'SourceDateEpochError';
  readonly value: string;
  constructor(value: string) {
    super(`переменная окружения SOURCE_DATE_EPOCH должна быть целым числом секунд с 1970-01-01 UTC, а не «${value}»`);
    this.value = value;
  }
}

/**
 * SOURCE_DATE_EPOCH's value as a moment: null when unset or empty; throws SourceDateEpochError
 * for anything but decimal digits (no sign, no fraction, no spaces) up to the year 9999, as the
 * specification asks a tool to refuse a malformed value rather than ignore it.
 */
export function parseSourceDateEpoch(value: string | undefined): Date | null {
  if (value === undefined || value === '') return null;
  if (!/^\d{1,12}$/.test(value)) throw new SourceDateEpochError(value);
  const seconds = Number(value);
  if (seconds > MAX_EPOCH_SECONDS) throw new SourceDateEpochError(value);
  return new Date(seconds * 1000);
}

/** An ISO calendar date ('YYYY-MM-DD', as the profile schema normalises it) as midnight UTC. */
function midnightUtc(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * The files' timestamp: the approval date if there is one, else SOURCE_DATE_EPOCH, else the UTC
 * day of `now()` (asked only then).
 * A malformed SOURCE_DATE_EPOCH throws even when the approval date wins, so a misconfigured
 * environment shows at once rather than with the first profile that has no date.
 */
export function packTimestamp(approvalDate: string | null, sourceDateEpoch: string | undefined, now: () => Date): Date {
  const epoch = parseSourceDateEpoch(sourceDateEpoch);
  if (approvalDate !== null) return midnightUtc(approvalDate);
  if (epoch) return epoch;
  const today = now();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}
