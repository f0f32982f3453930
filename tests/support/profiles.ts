/**
 * Where the tests find profiles: the test fixtures (fixtures/profiles/, with invalid/ and
 * warnings/ beside) and the product's own profiles (content/profiles/: the documented example
 * and the reference copy), which every profile-wide test covers as well.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/profiles/', import.meta.url));
export const CONTENT_PROFILES_DIR = fileURLToPath(new URL('../../content/profiles/', import.meta.url));

const PROFILE_FILE = /\.(ya?ml|json)$/;

/** The path of a valid profile by file name: a fixture, else one of the product's profiles. */
export function profilePath(name: string): string {
  const fixture = path.join(FIXTURES_DIR, name);
  return existsSync(fixture) ? fixture : path.join(CONTENT_PROFILES_DIR, name);
}

/** File names of every valid profile (content first, then fixtures), each found by `profilePath`. */
export const PROFILE_FILES: readonly string[] = [
  ...readdirSync(CONTENT_PROFILES_DIR).filter((f) => PROFILE_FILE.test(f)),
  ...readdirSync(FIXTURES_DIR).filter((f) => PROFILE_FILE.test(f)),
].sort();
