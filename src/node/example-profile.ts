/** The documented example profile that `opkit init` writes (content/profiles/example.yaml). */
import { readFile } from 'node:fs/promises';

const EXAMPLE_URL = new URL('../../content/profiles/example.yaml', import.meta.url);

export function EXAMPLE_PROFILE_YAML(): Promise<string> {
  return readFile(EXAMPLE_URL, 'utf8');
}
