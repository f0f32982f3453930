/** Reading a pack the CLI wrote through its manifest: files are named for people, the manifest maps ids to them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import type { Manifest } from '../../src/core/pack/generate.ts';
import type { Format } from '../../src/core/pack/formats.ts';

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The path of a document's file in the pack written to `dir` (its manifest names it). */
export function packFile(dir: string, id: string, format: Format): string {
  const name = readManifest(dir).documents.find((d) => d.id === id)?.files[format];
  if (name === undefined) throw new Error(`${dir}: no ${format} of ${id} in the manifest`);
  return path.join(dir, name);
}

export interface ZippedPack {
  /** The ZIP's entries by name. */
  files: Record<string, Uint8Array>;
  manifest: Manifest;
  /** Writes a document's file from the ZIP into `dir` as `<id>.<format>` and returns its path. */
  extract(id: string, format: Format, dir: string): string;
}

/** A pack ZIP as the site downloads it: its files, its manifest, and a document's file by id. */
export function readZippedPack(zipPath: string): ZippedPack {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Manifest;
  return {
    files,
    manifest,
    extract(id, format, dir) {
      const name = manifest.documents.find((d) => d.id === id)?.files[format];
      const bytes = name === undefined ? undefined : files[name];
      if (bytes === undefined) throw new Error(`${zipPath}: no ${format} of ${id} in the ZIP`);
      const file = path.join(dir, `${id}.${format}`);
      writeFileSync(file, bytes);
      return file;
    },
  };
}
