/**
 * The packs one document test reads back: built once (in beforeAll), each under a name with its
 * profile, all in one temporary folder removed afterwards. Every document test used to keep its
 * own maps of folders and profiles and its own loop over the fixtures.
 */
import path from 'node:path';
import type { Format } from '../../src/core/pack/formats.ts';
import type { Pack } from '../../src/core/pack/generate.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { fixtureProfile, writePack } from './packs.ts';
import { removeDir, tempDir } from './readers.ts';

export interface BuiltPack {
  profile: Profile;
  pack: Pack;
  /** The folder the pack's files were written to. */
  dir: string;
}

export interface PackSet<Name extends string> {
  /** Generate `profile`'s pack in `formats` and write it under `name`. */
  build(name: Name, profile: Profile, formats: Format[]): Promise<BuiltPack>;
  /** Each fixture profile (fixtures/profiles/ or content/profiles/) under its name, in the record's order. */
  buildFixtures(fixtures: Readonly<Partial<Record<Name, string>>>, formats: Format[]): Promise<void>;
  /** A built pack; a name never built is a mistake in the test and throws. */
  get(name: Name): BuiltPack;
  profile(name: Name): Profile;
  /** The path of a document's file in a built pack: `<dir>/<doc>.<ext>`. */
  file(name: Name, doc: string, ext: string): string;
  /** The set's folder (made on the first call), for other files a test writes beside the packs. */
  folder(): string;
  /** Removes the folder of every pack built (for afterAll). */
  remove(): void;
}

/** An empty set; its folder (`opk-<label>-…` in the temp dir) is made with the first pack. */
export function packSet<Name extends string = string>(label: string): PackSet<Name> {
  let root: string | undefined;
  const built = new Map<Name, BuiltPack>();
  const get = (name: Name): BuiltPack => {
    const pack = built.get(name);
    if (!pack) throw new Error(`the pack «${name}» was not built`);
    return pack;
  };
  const folder = (): string => {
    root ??= tempDir(label);
    return root;
  };
  const build = async (name: Name, profile: Profile, formats: Format[]): Promise<BuiltPack> => {
    const pack = { profile, ...(await writePack(folder(), name, profile, formats)) };
    built.set(name, pack);
    return pack;
  };
  return {
    build,
    async buildFixtures(fixtures, formats) {
      for (const [name, file] of Object.entries(fixtures) as Array<[Name, string]>) await build(name, fixtureProfile(file), formats);
    },
    get,
    profile: (name) => get(name).profile,
    file: (name, doc, ext) => path.join(get(name).dir, `${doc}.${ext}`),
    folder,
    remove: () => removeDir(root),
  };
}
