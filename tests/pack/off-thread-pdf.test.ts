/**
 * The CLI renders PDFs, and some DOCX files, on a worker thread (src/node/render-worker*.ts)
 * through generatePack's `pdfRenderer` and `docxRenderer` options. The pack must be the same as
 * when everything renders on one thread: the same files in the same order, the same contents.
 */
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentModel } from '../../src/core/model/types.ts';
import { generatePack, type Pack } from '../../src/core/pack/generate.ts';
import type { PdfRenderer } from '../../src/core/render/pdf/index.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { startRenderWorker } from '../../src/node/render-worker-client.ts';
import { workerPackOptions } from '../../src/node/worker-pack-options.ts';
import { fixtureProfile } from '../support/packs.ts';
import { pdfText, removeDir, tempDir } from '../support/readers.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

let profile: Profile;
let inThread: Pack;
let dir: string;

beforeAll(async () => {
  dir = tempDir('off-thread');
  profile = fixtureProfile('tehnosnab.yaml');
  inThread = await generatePack(profile, [], {
    formats: ['docx', 'pdf'],
    fonts: await loadFontSet(profile.documents.font),
    timestamp: TIMESTAMP,
  });
});
afterAll(() => removeDir(dir));

const paths = (pack: Pack) => pack.files.map((f) => f.path);

describe('PDFs rendered elsewhere', () => {
  test('every model goes to the renderer given as it is built, and the pack keeps its files and order', async () => {
    const seen: DocumentModel[] = [];
    const renderer: PdfRenderer = {
      render: async (model) => {
        seen.push(model);
        return new Uint8Array([seen.length]);
      },
    };
    const pack = await generatePack(profile, [], { formats: ['docx', 'pdf'], fonts: null, timestamp: TIMESTAMP, pdfRenderer: renderer });
    expect(paths(pack)).toEqual(paths(inThread));
    // Each model goes off as soon as it is built: the order, which lists the others, is built last.
    const ids = inThread.models.map((m) => m.meta.id);
    expect(seen.map((m) => m.meta.id)).toEqual([...ids.filter((id) => id !== 'order'), 'order']);
    expect(ids.slice(0, 2)).toEqual(['owner-summary', 'order']);
    expect(pack.files.find((f) => f.path === `${seen[2]?.meta.id}.pdf`)?.bytes).toEqual(new Uint8Array([3]));
  });

  test('a failing renderer fails the pack', async () => {
    const renderer: PdfRenderer = { render: () => Promise.reject(new Error('no fonts')) };
    await expect(
      generatePack(profile, [], { formats: ['docx', 'pdf'], fonts: null, timestamp: TIMESTAMP, pdfRenderer: renderer }),
    ).rejects.toThrow('no fonts');
  });

  test('with the worker thread, the same PDFs byte for byte and the same DOCX parts as on this thread', async () => {
    const worker = startRenderWorker();
    try {
      worker.prepare(profile.documents.font);
      const formats = ['docx', 'pdf'] as const;
      const pack = await generatePack(profile, [], {
        formats,
        fonts: null,
        timestamp: TIMESTAMP,
        ...(await workerPackOptions(worker, formats)),
      });
      expect(paths(pack)).toEqual(paths(inThread));
      const bytes = (p: Pack, file: string): Uint8Array => {
        const found = p.files.find((f) => f.path === file)?.bytes;
        if (!(found instanceof Uint8Array)) throw new Error(`no ${file}`);
        return found;
      };
      // PDF streams are deflated by fflate on either thread, so the files are the same.
      for (const file of paths(inThread).filter((f) => f.endsWith('.pdf')))
        expect(Buffer.from(bytes(pack, file)).equals(Buffer.from(bytes(inThread, file))), file).toBe(true);
      const charter = path.join(dir, 'worker-charter.pdf');
      writeFileSync(charter, bytes(pack, 'charter.pdf'));
      expect(pdfText(charter)).toContain('ПОЛОЖЕНИЕ');
      // Some DOCX files were rendered on the worker, with native zlib rather than fflate: the
      // archives differ, every part inside is the same.
      for (const file of paths(inThread).filter((f) => f.endsWith('.docx'))) {
        const ours = unzipSync(bytes(pack, file));
        const theirs = unzipSync(bytes(inThread, file));
        expect(Object.keys(ours), file).toEqual(Object.keys(theirs));
        for (const [part, data] of Object.entries(theirs))
          expect(strFromU8(ours[part] ?? new Uint8Array()), `${file} ${part}`).toBe(strFromU8(data));
      }
    } finally {
      await worker.close();
    }
  });
});
