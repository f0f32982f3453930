/**
 * The pack writer stopped at every step it takes, as a `kill -9` would stop it (a file half
 * written included): right after the stop, a manifest in the folder always describes a whole
 * pack; after the next run's recovery the folder holds the whole earlier pack or the whole new
 * one; the user's own files and folders are never touched. The kill test (kill.test.ts) does the
 * same with real processes at random moments; this one reaches every moment of the commit.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  JOURNAL_FILE,
  nodeFs,
  type OutFile,
  recoverInterrupted,
  type WriterFs,
  writeFilesAtomically,
} from '../../src/node/write-atomic.ts';
import { entries, visibleFiles } from '../support/opkit-process.ts';
import { removeDir, tempDir } from '../support/readers.ts';

class Killed extends Error {}

/** nodeFs that dies at its `stopAt`-th changing call; a file being written is left half written. */
function dyingFs(stopAt: number): { fs: WriterFs; calls: () => number } {
  let calls = 0;
  const step = (): void => {
    calls++;
    if (calls === stopAt) throw new Killed(`killed at step ${stopAt}`);
  };
  const fs: WriterFs = {
    ...nodeFs,
    mkdir: async (dir) => {
      step();
      await nodeFs.mkdir(dir);
    },
    mkdtemp: async (prefix) => {
      step();
      return nodeFs.mkdtemp(prefix);
    },
    writeFile: async (file, bytes) => {
      if (calls + 1 === stopAt) await nodeFs.writeFile(file, bytes.slice(0, Math.floor(bytes.length / 2)));
      step();
      await nodeFs.writeFile(file, bytes);
    },
    rename: async (from, to) => {
      step();
      await nodeFs.rename(from, to);
    },
    unlink: async (file) => {
      step();
      await nodeFs.unlink(file);
    },
    removeTree: async (dir) => {
      step();
      await nodeFs.removeTree(dir);
    },
  };
  return { fs, calls: () => calls };
}

function pack(company: string, names: string[]): OutFile[] {
  const files = names.map((name) => ({ path: name, bytes: `${company}: ${name}\n`.repeat(50) }));
  const manifest = { generator: 'opkit 0.1.0', company, documents: [], files: names };
  return [...files, { path: 'manifest.json', bytes: JSON.stringify(manifest) }];
}

const OLD = pack('Старая', ['charter.pdf', 'job-description-rop.pdf', 'kpi-card-rop.pdf', 'pack.zip']);
const NEW = pack('Новая', ['charter.pdf', 'charter.docx', 'sales-plan.pdf']);

function asMap(files: readonly OutFile[]): Map<string, Buffer> {
  return new Map(files.map((f) => [f.path, Buffer.from(f.bytes)]));
}

/** Which whole pack the folder's visible files are (the user's file aside), or null if none. */
function wholePack(dir: string): 'old' | 'new' | null {
  const visible = visibleFiles(dir);
  visible.delete('мои заметки.txt');
  const same = (expected: Map<string, Buffer>): boolean =>
    visible.size === expected.size && [...expected].every(([name, bytes]) => visible.get(name)?.equals(bytes) === true);
  return same(asMap(OLD)) ? 'old' : same(asMap(NEW)) ? 'new' : null;
}

let work: string;
beforeAll(() => {
  work = tempDir('crash');
});
afterAll(() => removeDir(work));

function earlierPack(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'charter.docx.d'), { recursive: true });
  for (const file of OLD) writeFileSync(path.join(dir, file.path), file.bytes);
  writeFileSync(path.join(dir, 'мои заметки.txt'), 'заметки');
  writeFileSync(path.join(dir, 'charter.docx.d', 'черновик.txt'), 'черновик');
  return dir;
}

function userFilesIntact(dir: string): void {
  expect(readFileSync(path.join(dir, 'мои заметки.txt'), 'utf8')).toBe('заметки');
  expect(readFileSync(path.join(dir, 'charter.docx.d', 'черновик.txt'), 'utf8')).toBe('черновик');
}

describe('a pack writer stopped at any step', () => {
  test('leaves a true manifest at once, and a whole pack after recovery', async () => {
    // How many changing calls a whole write makes.
    const full = dyingFs(Number.POSITIVE_INFINITY);
    await writeFilesAtomically(earlierPack('full'), NEW, { manifest: 'manifest.json', fs: full.fs });
    const steps = full.calls();
    expect(steps).toBeGreaterThan(NEW.length + 4);
    const outcomes = new Map<string, number>();
    for (let stopAt = 1; stopAt <= steps; stopAt++) {
      const dir = earlierPack(`stop-${stopAt}`);
      const { fs } = dyingFs(stopAt);
      await expect(writeFilesAtomically(dir, NEW, { manifest: 'manifest.json', fs })).rejects.toThrow(Killed);
      // At once: a manifest present means a whole pack; none means the commit was under way.
      const names = entries(dir);
      if (names.includes('manifest.json')) expect(wholePack(dir), `step ${stopAt}: ${names.join(', ')}`).not.toBeNull();
      else expect(names, `step ${stopAt}`).toContain(JOURNAL_FILE);
      userFilesIntact(dir);
      // The next run, holding the folder's lock, finishes or clears what was left.
      await recoverInterrupted(dir);
      const outcome = wholePack(dir);
      expect(outcome, `step ${stopAt} after recovery: ${entries(dir).join(', ')}`).not.toBeNull();
      expect(entries(dir).filter((f) => f.startsWith('.'))).toEqual([]);
      userFilesIntact(dir);
      outcomes.set(outcome ?? '', (outcomes.get(outcome ?? '') ?? 0) + 1);
    }
    // Both outcomes happen: before the journal the earlier pack stays, after it the new one wins.
    expect(outcomes.get('old')).toBeGreaterThan(0);
    expect(outcomes.get('new')).toBeGreaterThan(0);
  });

  test('a recovery stopped at any step is itself recovered', async () => {
    // Stop the write inside the commit, then stop the recovery at each of its steps.
    const full = dyingFs(Number.POSITIVE_INFINITY);
    await writeFilesAtomically(earlierPack('probe'), NEW, { manifest: 'manifest.json', fs: full.fs });
    const inCommit = full.calls() - 3;
    for (let stopAt = 1; stopAt <= 12; stopAt++) {
      const dir = earlierPack(`again-${stopAt}`);
      await expect(writeFilesAtomically(dir, NEW, { manifest: 'manifest.json', fs: dyingFs(inCommit).fs })).rejects.toThrow(Killed);
      expect(entries(dir)).toContain(JOURNAL_FILE);
      await recoverInterrupted(dir, dyingFs(stopAt).fs).catch((error: unknown) => {
        if (!(error instanceof Killed)) throw error;
      });
      await recoverInterrupted(dir);
      expect(wholePack(dir)).toBe('new');
      userFilesIntact(dir);
    }
  });
});
