/**
 * The pack names only the units the company has (profile-v2.md, `company.units`): no warehouse in
 * a subscription business, no legal or HR service for a three-person entrepreneur; and a company
 * that does not ship goods is not asked about stock and delivery of goods or product samples.
 */
import { companyUnits } from '../business/units.ts';
import { suppliesGoods } from '../../documents/shared/units.ts';
import type { CompanyUnit } from '../profile/ids.ts';
import { passages } from './text.ts';
import { userTextMask } from './user-text.ts';
import type { Finding, PackCheck } from './types.ts';

/** How the text names a unit as a party («со складом», «юридической службой»), not the word in passing. */
const UNIT_NAMES: ReadonlyArray<{ unit: CompanyUnit; mark: RegExp; name: string }> = [
  { unit: 'warehouse', mark: /(?<!\p{L})склад(?:а|у|ом|е)?(?!\p{L})/iu, name: 'склад (warehouse)' },
  { unit: 'logistics', mark: /(?<!\p{L})(?:служб\p{L}*\sлогистики|логистик(?:а|и|ой|е))(?!\p{L})/iu, name: 'служба логистики (logistics)' },
  { unit: 'legal', mark: /юридическ\p{L}*\sслужб|(?<!\p{L})юрист(?:а|у|ом|ы)?(?!\p{L})/iu, name: 'юридическая служба (legal)' },
  { unit: 'hr', mark: /служб\p{L}*\sперсонала|отдел\p{L}*\sкадров|кадров\p{L}*\sслужб/iu, name: 'служба персонала (hr)' },
  { unit: 'finance', mark: /финансов\p{L}*\sслужб/iu, name: 'финансовая служба (finance)' },
  {
    unit: 'production',
    mark: /(?<!\p{L})производств(?:о|а|ом|у)(?!\p{L})|производственн\p{L}*\sслужб/iu,
    name: 'производство (production)',
  },
  { unit: 'installation', mark: /монтажн\p{L}*\s(?:служб|бригад|подразделени)/iu, name: 'монтажная служба (installation)' },
];

/** Words of a goods business that a services, projects or subscription pack must not use. */
const GOODS_WORDS = /наличи\p{L}*\s(?:и\sсрок\p{L}*\sпоставки\s)?товар|образц\p{L}*(?:\s(?:продукции|товаров))?/iu;

/** «В Компании нет юридической службы…»: the text states the unit is absent, as the spec asks it to. */
function saysAbsent(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const sentence = before.slice(before.lastIndexOf('.') + 1);
  return /(?<!\p{L})нет\s/u.test(sentence);
}

export const checkUnits: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  const units = companyUnits(profile);
  const absent = UNIT_NAMES.filter((u) => !units.has(u.unit));
  const goods = suppliesGoods(profile);
  const seen = new Set<string>();
  const add = (document: string, clause: string | null, message: string) => {
    const key = `${document}|${clause}|${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ check: 'units', severity: 'error', message, where: [{ document, clause }] });
  };
  // A position «Менеджер по работе со складом» is the client's title, not our claim of a warehouse.
  const ours = userTextMask(profile, [...absent.map((u) => u.mark), ...(goods ? [] : [GOODS_WORDS])]);
  for (const model of models) {
    for (const passage of passages(model)) {
      if (passage.kind === 'approval') continue;
      const text = ours(passage.text);
      for (const { mark, name } of absent) {
        const m = mark.exec(text);
        if (m && !saysAbsent(text, m.index))
          add(
            passage.document,
            passage.clause,
            `текст называет подразделение, которого в компании нет: «${m[0]}» — ${name} не указан(а) в company.units`,
          );
      }
      const g = goods ? null : GOODS_WORDS.exec(text);
      if (g)
        add(
          passage.document,
          passage.clause,
          `«${g[0]}»: компания не поставляет товары (offering: ${profile.company.offering}), а текст говорит о товарах`,
        );
    }
  }
  return findings;
};
