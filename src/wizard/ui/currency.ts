/** The sign of the draft's currency for unit labels; empty while the currency is not a known one. */
import { CURRENCY_SIGNS, type CurrencyCode } from '../../core/text/format.ts';

export const currencySign = (currency: unknown): string =>
  typeof currency === 'string' && currency in CURRENCY_SIGNS ? CURRENCY_SIGNS[currency as CurrencyCode] : '';
