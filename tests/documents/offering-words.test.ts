/**
 * A pack speaks of what the company sells: the documents of a company selling subscriptions or
 * services name no goods, assortment, shipments or deliveries anywhere (a warehouse may be their service) (the roles and KPI catalogs
 * and the regulations were written for a supplier of goods first).
 */
import { describe, expect, test } from 'vitest';
import { blockText } from '../../src/core/model/to-text.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { fixtureProfile } from '../support/packs.ts';

const GOODS = /(?<!\p{L})(?:отгруз|товар|ассортимент|поставк)\p{L}*/giu;

describe('the words of what the company sells', () => {
  test.each(['cloudtrack-saas.yaml', 'logiline-services.yaml'])('%s: no goods words in any document', async (file) => {
    const models = await buildPackModels(fixtureProfile(file));
    const found = models.flatMap((m) =>
      m.children
        .flatMap(blockText)
        .flatMap((text) =>
          [...text.matchAll(GOODS)].map(
            (hit) => `${m.meta.id}: …${text.slice(Math.max(0, (hit.index ?? 0) - 40), (hit.index ?? 0) + 30)}…`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });
});
