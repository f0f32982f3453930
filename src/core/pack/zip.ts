/** Bundle a pack's files into one ZIP (fflate: small, synchronous, works in a worker). */
import { strToU8, zipSync, type Zippable } from 'fflate';

export function zipFiles(files: ReadonlyArray<{ path: string; bytes: Uint8Array | string }>): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) {
    tree[file.path] = [typeof file.bytes === 'string' ? strToU8(file.bytes) : file.bytes, { level: 6 }];
  }
  return zipSync(tree);
}
