/**
 * Where the reference profile is. The contract lives in ../shared (beside the repository, as
 * in CI); content/profiles/tehnosnab.yaml is a copy, checked against it when both exist, so
 * the suite also runs from a clone that has no shared/ next to it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../shared/profiles/tehnosnab.yaml', import.meta.url));
const WORK = '/work/shared/profiles/tehnosnab.yaml';
export const REFERENCE_COPY = fileURLToPath(new URL('../../content/profiles/tehnosnab.yaml', import.meta.url));

/** The shared reference profile, or the repository's copy when shared/ is not beside us. */
export const REFERENCE_PROFILE: string = [SHARED, WORK].find((p) => existsSync(p)) ?? REFERENCE_COPY;
