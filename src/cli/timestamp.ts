/**
 * The moment the CLI stamps into its files (packTimestamp in src/core/pack/timestamp.ts): the
 * document's own date, else SOURCE_DATE_EPOCH from the environment, else the clock. A malformed
 * SOURCE_DATE_EPOCH is wrong usage (exit 2), whatever the date.
 */
import { packTimestamp, SourceDateEpochError } from '../core/pack/timestamp.ts';
import { UsageError } from './io.ts';

export function fileTimestamp(date: string | null): Date {
  try {
    return packTimestamp(date, process.env.SOURCE_DATE_EPOCH, () => new Date());
  } catch (error) {
    if (error instanceof SourceDateEpochError) throw new UsageError(error.message);
    throw error;
  }
}
