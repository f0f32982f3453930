/**
 * KPI cards in the company's own terms: no shipments or assortment in the cards of a company that
 * sells services or subscriptions, the catalog's wording kept for a goods seller.
 */
import { describe, expect, test } from 'vitest';
import { KPI_CATALOG } from '../../../content/catalog/kpis.ts';
import { blockText } from '../../core/model/to-text.ts';
import { buildPackModels } from '../../core/pack/generate.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { SOLD_PHRASES } from './sold-wording.ts';

async function cardsText(profile: Profile): Promise<string> {
  const models = await buildPackModels(profile);
  return models
    .filter((m) => m.meta.id.startsWith('kpi-card'))
    .flatMap((m) => m.children.map(blockText))
    .join('\n');
}

describe('KPI cards in the words of what the company sells', () => {
  test('every phrase said otherwise is still the catalog’s own', () => {
    const texts = Object.values(KPI_CATALOG).flatMap((k) => [k.description, k.formula]);
    for (const phrase of SOLD_PHRASES)
      expect(
        texts.some((t) => t.includes(phrase)),
        phrase,
      ).toBe(true);
  });

  test('a subscription seller’s and a services firm’s cards speak of no shipment or assortment; a goods seller’s keep them', async () => {
    for (const file of ['cloudtrack-saas.yaml', 'logiline-services.yaml']) {
      const text = await cardsText(fixtureProfile(file));
      expect(text, file).not.toMatch(/отгруз|ассортимент|товар/iu);
    }
    expect(await cardsText(fixtureProfile('vektor.yaml'))).toMatch(/а не по отгрузке или выставленным счетам/u);
  });
});
