/**
 * How the DOCX package is zipped: docx's own compiler writes the parts, we deflate and zip
 * them. The parts must be what docx's Packer would zip, the deflater passed in must be the one
 * used, and parts repeated between documents of one renderer are compressed once.
 */
import { deflateRawSync, deflateSync } from 'node:zlib';
import { Document, LevelFormat, NextAttributeComponent, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { installFastAttributes, libraryPrepForXml } from '../../src/core/render/docx/fast-attributes.ts';
import { createDocxRenderer, renderDocx } from '../../src/core/render/docx/index.ts';
import { createDocxPacker } from '../../src/core/render/docx/package.ts';
import { fflateDeflater, type Deflater } from '../../src/core/render/deflate.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { edgeModel } from './edge-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** Dates that differ from run to run (core properties, zip times) are left out. */
function withoutDates(files: Record<string, string>): Record<string, string> {
  const { ['docProps/core.xml']: _core, ...rest } = files;
  return rest;
}

function countingDeflater(): Deflater & { calls: number } {
  const counter = {
    calls: 0,
    raw: (data: Uint8Array) => {
      counter.calls++;
      return deflateRawSync(data);
    },
    zlib: (data: Uint8Array) => deflateSync(data),
  };
  return counter;
}

describe('DOCX packaging', () => {
  it('zips itself, through docx’s compiler', () => {
    expect(createDocxPacker(fflateDeflater).ownZip).toBe(true);
  });

  it('holds the same parts, in the same order, as docx’s Packer writes', async () => {
    // Compiling changes a File, so each packer gets its own copy.
    const file = () =>
      new Document({
        numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
        sections: [
          { children: [new Paragraph({ text: 'Текст & <разметка>', numbering: { reference: 'n', level: 0 } }), new Paragraph('Второй')] },
        ],
      });
    const core = [{ path: 'docProps/core.xml', data: '<?xml version="1.0"?><cp:coreProperties/>' }];
    const ours = parts(await createDocxPacker(fflateDeflater).pack(file(), core, TIMESTAMP));
    const theirs = parts(new Uint8Array(await Packer.toArrayBuffer(file(), false, core)));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(ours).toEqual(theirs);
  });

  it('writes attributes its faster way, to the very XML docx’s own way writes', async () => {
    expect(installFastAttributes()).toBe(true);
    const prototype = NextAttributeComponent.prototype;
    const fast = prototype.prepForXml;
    expect(fast).not.toBe(libraryPrepForXml);
    for (const model of [sampleModel, edgeModel]) {
      const ours = parts(await renderDocx(model, DEFAULT_THEME, TIMESTAMP));
      prototype.prepForXml = libraryPrepForXml;
      let theirs: Record<string, string>;
      try {
        theirs = parts(await renderDocx(model, DEFAULT_THEME, TIMESTAMP));
      } finally {
        prototype.prepForXml = fast;
      }
      expect(withoutDates(ours)).toEqual(withoutDates(theirs));
    }
  });

  it('compresses with the deflater given, and repeated parts once per renderer', async () => {
    const deflater = countingDeflater();
    const renderer = createDocxRenderer({ deflater });
    const first = await renderer.render(sampleModel, DEFAULT_THEME, TIMESTAMP);
    const perDocument = deflater.calls;
    // Identical parts (the .rels of headers and notes) are compressed once even in one document.
    expect(perDocument).toBeGreaterThan(0);
    expect(perDocument).toBeLessThanOrEqual(Object.keys(unzipSync(first)).length);
    const second = await renderer.render(sampleModel, DEFAULT_THEME, TIMESTAMP);
    // Only the body and the core properties (a time stamp) are new in the second document.
    expect(deflater.calls - perDocument).toBeLessThanOrEqual(2);
    expect(withoutDates(parts(second))).toEqual(withoutDates(parts(first)));
  });
});
