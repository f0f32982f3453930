/** Building packs for document tests: a fixture profile, generated in-process and written to disk. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProfileText } from '../../src/core/check.ts';
import { generatePack, type Pack } from '../../src/core/pack/generate.ts';
import type { Format } from '../../src/core/pack/formats.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { loadTemplates } from '../../src/node/templates.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/profiles/', import.meta.url));

/** A valid fixture profile from fixtures/profiles/ (throws with the errors if it is not). */
export function fixtureProfile(file: string): Profile {
  const check = checkProfileText(readFileSync(path.join(FIXTURES, file), 'utf8'), file);
  if (!check.ok) throw new Error(`${file}: ${JSON.stringify(check.errors)}`);
  return check.profile;
}

/** Generate a profile's pack and write its files into `root/name`. */
export async function writePack(root: string, name: string, profile: Profile, formats: Format[]): Promise<{ pack: Pack; dir: string }> {
  const templates = await loadTemplates();
  const fonts = formats.includes('pdf') ? await loadFontSet(profile.documents.font) : null;
  const pack = await generatePack(profile, [], { formats, templates, fonts });
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of pack.files) writeFileSync(path.join(dir, f.path), f.bytes);
  return { pack, dir };
}
