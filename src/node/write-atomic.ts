/**
 * Write a set of files so that a failure leaves nothing half-written: everything goes into a
 * fresh staging folder next to the target first, and only a complete folder is moved into
 * place (a rename on the same file system). Existing files of the same names are replaced.
 */
import { chmod, mkdir, mkdtemp, rename, rm, writeFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface OutFile {
  path: string;
  bytes: Uint8Array | string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function writeFilesAtomically(targetDir: string, files: readonly OutFile[]): Promise<void> {
  const parent = path.dirname(path.resolve(targetDir));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(targetDir)}.opkit-`));
  try {
    // mkdtemp makes the folder private (0700); the finished folder should look like any other.
    await chmod(staging, 0o777 & ~process.umask());
    for (const file of files) {
      const full = path.join(staging, file.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, file.bytes);
    }
    if (!(await exists(targetDir))) {
      await rename(staging, targetDir);
      return;
    }
    // The target exists (a previous run): move the finished files over one by one.
    await moveInto(staging, targetDir);
    await rm(staging, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (await exists(dst)) {
        await moveInto(src, dst);
        continue;
      }
    } else if (await exists(dst)) {
      await rm(dst, { recursive: true, force: true });
    }
    await rename(src, dst);
  }
}
