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

let profile: Profile;
let inThread: Pack;
let dir: string;

beforeAll(async () => {
  dir = tempDir('off-thread');
  profile = fixtureProfile('tehnosnab.yaml');
  inThread = await generatePack(profile, [], { formats: ['docx', 'pdf'], fonts: await loadFontSet(profile.documents.font) });
});
afterAll(() => removeDir(dir));

const paths = (pack: Pack) => pack.files.map((f) => f.path);

describe('PDFs rendered elsewhere', () => {
  test('every model goes to the renderer given, in order, and the pack keeps its files and order', async () => {
    const seen: DocumentModel[] = [];
    const renderer: PdfRenderer = {
      render: async (model) => {
        seen.push(model);
        return new Uint8Array([seen.length]);
      },
    };
    const pack = await generatePack(profile, [], { formats: ['docx', 'pdf'], fonts: null, pdfRenderer: renderer });
    expect(paths(pack)).toEqual(paths(inThread));
    expect(seen.map((m) => m.meta.id)).toEqual(inThread.models.map((m) => m.meta.id));
    expect(pack.files.find((f) => f.path === `${seen[2]?.meta.id}.pdf`)?.bytes).toEqual(new Uint8Array([3]));
  });

  test('a failing renderer fails the pack', async () => {
    const renderer: PdfRenderer = { render: () => Promise.reject(new Error('no fonts')) };
    await expect(generatePack(profile, [], { formats: ['docx', 'pdf'], fonts: null, pdfRenderer: renderer })).rejects.toThrow('no fonts');
  });

  test('with the worker thread, the same PDFs and DOCX texts as on this thread', async () => {
    const worker = startRenderWorker();
    try {
      worker.prepare(profile.documents.font);
      const formats = ['docx', 'pdf'] as const;
      const pack = await generatePack(profile, [], { formats, fonts: null, ...(await workerPackOptions(worker, formats)) });
      expect(paths(pack)).toEqual(paths(inThread));
      const text = (p: Pack, file: string) => {
        const bytes = p.files.find((f) => f.path === file)?.bytes;
        if (!(bytes instanceof Uint8Array)) throw new Error(`no ${file}`);
        const out = path.join(dir, `${p === inThread ? 'here' : 'worker'}-${file}`);
        writeFileSync(out, bytes);
        return pdfText(out);
      };
      for (const file of ['charter.pdf', 'motivation.pdf', 'kpi-card-manager.pdf']) expect(text(pack, file)).toBe(text(inThread, file));
      // Some DOCX files were rendered on the worker: every body must be the same.
      const body = (p: Pack, file: string) => {
        const bytes = p.files.find((f) => f.path === file)?.bytes;
        if (!(bytes instanceof Uint8Array)) throw new Error(`no ${file}`);
        return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
      };
      for (const file of paths(inThread).filter((f) => f.endsWith('.docx'))) expect(body(pack, file)).toBe(body(inThread, file));
    } finally {
      await worker.close();
    }
  });
});
