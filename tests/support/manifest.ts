/** Reading a pack the CLI wrote through its manifest: files are named for people, the manifest maps ids to them. */
import { readFileSync } from 'node:fs';
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
