/**
 * Off-thread rendering's one protocol (src/core/render/off-thread/): the worker-side handler and
 * the sending client wired to each other in one process, through structured clones as a port
 * would carry them. The CLI's worker thread and the site's PDF worker add only the transport.
 */
import { describe, expect, test } from 'vitest';
import { fflateDeflater } from '../../src/core/render/deflate.ts';
import { buildBonusWorkbook } from '../../src/core/workbook/index.ts';
import { checkProfileText } from '../../src/core/check.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { readFileSync } from 'node:fs';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import type { FontSet } from '../../src/core/render/fonts.ts';
import { createRenderClient, type RenderClient } from '../../src/core/render/off-thread/client.ts';
import { createRenderHandler } from '../../src/core/render/off-thread/handler.ts';
import type { RenderReply } from '../../src/core/render/off-thread/protocol.ts';
import { createPdfRenderer } from '../../src/core/render/pdf/index.ts';
import { DEFAULT_THEME, type FontFamily } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

function referenceProfile(): Profile {
  const check = checkProfileText(readFileSync(REFERENCE_PROFILE, 'utf8'), 'tehnosnab.yaml');
  if (!check.ok) throw new Error('the reference profile does not validate');
  return check.profile;
}

function connect(loadFonts: (family: FontFamily) => Promise<FontSet>, withDocx = true): { client: RenderClient; replies: RenderReply[] } {
  const replies: RenderReply[] = [];
  let client: RenderClient | null = null;
  const handle = createRenderHandler({
    loadFonts,
    ...(withDocx
      ? {
          docx: { module: () => import('../../src/core/render/docx/index.ts'), deflater: fflateDeflater },
          workbook: { module: () => import('../../src/core/workbook/index.ts'), deflater: fflateDeflater },
        }
      : {}),
    send: (reply, transfer) => {
      if (reply.ok) expect(transfer).toEqual([reply.bytes.buffer]);
      const copy = structuredClone(reply, { transfer });
      replies.push(copy);
      setTimeout(() => client?.receive(copy), 0);
    },
  });
  client = createRenderClient((request) => {
    const copy = structuredClone(request);
    setTimeout(() => handle(copy), 0);
  });
  return { client, replies };
}

describe('off-thread rendering', () => {
  test('renders PDF and DOCX as the renderers do here, in the order asked, each in a buffer of its own', async () => {
    const { client, replies } = connect(loadFontSet);
    client.prepare('Times New Roman');
    const [pdf, docx, again] = await Promise.all([
      client.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP),
      client.render('docx', sampleModel, DEFAULT_THEME, TIMESTAMP),
      client.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP),
    ]);
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3]);
    const here = await createPdfRenderer(await loadFontSet('Times New Roman')).render(sampleModel, DEFAULT_THEME, TIMESTAMP);
    expect(Buffer.from(pdf).equals(Buffer.from(here))).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(here))).toBe(true);
    expect(Buffer.from(docx).equals(Buffer.from(await renderDocx(sampleModel, DEFAULT_THEME, TIMESTAMP)))).toBe(true);
    expect(pdf.byteLength).toBe(pdf.buffer.byteLength);
    expect(client.idle).toBe(true);
  });

  test("a PDF-only worker (the site's) answers a DOCX request with an error and goes on with PDFs", async () => {
    const { client } = connect(loadFontSet, false);
    await expect(client.render('docx', sampleModel, DEFAULT_THEME, TIMESTAMP)).rejects.toThrow('this worker renders no DOCX');
    await expect(client.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP)).resolves.toBeInstanceOf(Uint8Array);
  });

  test('builds the bonus workbook the CLI leaves to its worker: the same file as built here', async () => {
    const { client } = connect(loadFontSet);
    const profile = referenceProfile();
    const there = await client.workbook(profile, TIMESTAMP);
    const { bytes: here } = await buildBonusWorkbook(profile, { timestamp: TIMESTAMP, deflater: fflateDeflater });
    expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
    const { client: siteWorker } = connect(loadFontSet, false);
    await expect(siteWorker.workbook(profile, TIMESTAMP)).rejects.toThrow('this worker builds no workbook');
  });

  test('fonts that fail to load fail the document with their message, and are tried again for the next one', async () => {
    let calls = 0;
    const { client } = connect(async (family) => {
      calls += 1;
      if (calls === 1) throw new Error('font fetch failed');
      return loadFontSet(family);
    });
    await expect(client.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP)).rejects.toThrow('font fetch failed');
    await expect(client.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP)).resolves.toBeInstanceOf(Uint8Array);
    expect(calls).toBe(2);
  });

  test('when the worker is gone, the documents waiting fail, and a post that throws fails its document', async () => {
    const waiting = createRenderClient(() => undefined);
    const pending = waiting.render('pdf', sampleModel, DEFAULT_THEME, TIMESTAMP);
    expect(waiting.idle).toBe(false);
    waiting.fail(new Error('worker exited'));
    await expect(pending).rejects.toThrow('worker exited');
    expect(waiting.idle).toBe(true);
    const closed = createRenderClient(() => {
      throw new Error('no worker');
    });
    closed.prepare('Arial');
    await expect(closed.render('docx', sampleModel, DEFAULT_THEME, TIMESTAMP)).rejects.toThrow('no worker');
  });
});
