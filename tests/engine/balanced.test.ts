/**
 * The CLI's sharing of DOCX files and the bonus workbook between its main thread and the render
 * worker (src/node/balanced-work.ts): a busy worker gets nothing, an idle one gets the workbook
 * first and then the last DOCX files, and every caller gets its own file's bytes.
 */
import { describe, expect, test } from 'vitest';
import type { DocumentModel } from '../../src/core/model/types.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { balancedRenderer } from '../../src/node/balanced-work.ts';
import type { RenderWorker } from '../../src/node/render-worker-client.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const text = new TextEncoder();
const read = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const model = (id: string): DocumentModel => ({ ...sampleModel, meta: { ...sampleModel.meta, id } });
const profile = {} as Profile;

/** A worker that answers at once and is idle only when told. */
function fakeWorker(idle: () => boolean, log: string[]): RenderWorker {
  return {
    prepare: () => undefined,
    pdf: { render: async () => new Uint8Array() },
    renderDocx: async (m) => {
      log.push(`there ${m.meta.id}`);
      return text.encode(`there ${m.meta.id}`);
    },
    workbook: async () => {
      log.push('there workbook');
      return text.encode('there workbook');
    },
    get idle() {
      return idle();
    },
    close: async () => undefined,
  };
}

function setUp(idle: () => boolean) {
  const log: string[] = [];
  const balanced = balancedRenderer(
    {
      render: async (m) => {
        log.push(`here ${m.meta.id}`);
        return text.encode(`here ${m.meta.id}`);
      },
    },
    async () => {
      log.push('here workbook');
      return text.encode('here workbook');
    },
    fakeWorker(idle, log),
  );
  const ids = ['a', 'b', 'c', 'd'];
  const docs = ids.map((id) => balanced.render(model(id), DEFAULT_THEME, TIMESTAMP));
  const workbook = balanced.workbook(profile, TIMESTAMP);
  return { log, all: Promise.all([...docs, workbook]).then((files) => files.map(read)) };
}

describe('sharing DOCX files and the workbook with the render worker', () => {
  test('a worker busy to the end gets nothing: the DOCX files in order, then the workbook, here', async () => {
    const { log, all } = setUp(() => false);
    expect(await all).toEqual(['here a', 'here b', 'here c', 'here d', 'here workbook']);
    expect(log).toEqual(['here a', 'here b', 'here c', 'here d', 'here workbook']);
  });

  test('an idle worker takes the workbook first, then the last DOCX files while two or more are left here', async () => {
    let calls = 0;
    // Idle for its first two looks (the workbook goes, then d), busy after.
    const { log, all } = setUp(() => ++calls <= 2);
    const files = await all;
    expect(files.at(-1)).toBe('there workbook');
    expect(log[0]).toBe('there workbook');
    expect(log).toContain('there d');
    expect(files.slice(0, 4)).toEqual(['here a', 'here b', 'here c', 'there d']);
  });
});
