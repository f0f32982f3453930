/** Failures of the payout math. */
import { OpkitError } from '../errors.ts';

/**
 * A number cannot be computed from this profile: a position that does not exist, a KPI with no
 * plan and no derivation, no revenue share left. Validation reports each of these to the user
 * first, so reaching one means the math ran on an unvalidated profile.
 */
export class MathError extends OpkitError {
  override name = 'MathError';
}
