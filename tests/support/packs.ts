/** Building packs for document tests: a fixture profile, generated in-process and written to disk. */
import { profilePath } from './profiles.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkProfileText } from '../../src/core/check.ts';
import { generatePack, type Pack } from '../../src/core/pack/generate.ts';
import type { Format } from '../../src/core/pack/formats.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { TIMESTAMP } from './timestamp.ts';

/** A valid profile from its text (throws with the errors if it is not). */
export function profileFromText(text: string, fileName: string): Profile {
  const check = checkProfileText(text, fileName);
  if (!check.ok) throw new Error(`${fileName}: ${JSON.stringify(check.errors)}`);
  return check.profile;
}

/** A valid profile from a file, with an optional edit of its text first. */
export function profileFromFile(file: string, edit: (text: string) => string = (t) => t): Profile {
  return profileFromText(edit(readFileSync(file, 'utf8')), path.basename(file));
}

/** A valid profile by file name, from fixtures/profiles/ or content/profiles/. */
export function fixtureProfile(file: string): Profile {
  return profileFromFile(profilePath(file));
}

/** Generate a profile's pack and write its files into `root/name`. */
export async function writePack(root: string, name: string, profile: Profile, formats: Format[]): Promise<{ pack: Pack; dir: string }> {
  const fonts = formats.includes('pdf') ? await loadFontSet(profile.documents.font) : null;
  const pack = await generatePack(profile, [], { formats, fonts, timestamp: TIMESTAMP });
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of pack.files) writeFileSync(path.join(dir, f.path), f.bytes);
  return { pack, dir };
}
