/**
 * The pack speaks of one country: no currency sign but the profile's, no tax-id name and no labour
 * law of another country («ИНН» in a Kazakh pack, «ТК РФ» in a Belarusian one). Only our text is
 * read: the user's strings that carry such a mark (a company «$mart Трейд») are masked first.
 */
import type { Profile } from '../profile/schema.ts';
import { CURRENCY_SIGNS, type CurrencyCode } from '../text/format.ts';
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';
import { userTextMask } from './user-text.ts';

type Country = Profile['company']['country'];

/** Currency signs and words; «Br» only as a unit after a number, it is also in words. */
const CURRENCY_MARKS: Readonly<Record<CurrencyCode, RegExp>> = {
  RUB: /₽|(?<!\p{L})руб(?:\.|л\p{L}*)/u,
  KZT: /₸|(?<!\p{L})тенге(?!\p{L})/u,
  UAH: /₴|(?<!\p{L})грив(?:н|ен)\p{L}*/u,
  BYN: /\d[\u00a0 ]Br(?!\p{L})|белорусск\p{L}*\sрубл/u,
  USD: /\$|(?<!\p{L})долл(?:\.|ар\p{L}*)/u,
  EUR: /€|(?<!\p{L})евро(?!\p{L})/u,
};

const RUB_IN_BYN = /₽|российск\p{L}*\sрубл/u;

/** What names another country's law or registry. Each country lists what is its own. */
const FOREIGN: ReadonlyArray<{ mark: RegExp; what: string; own: readonly Country[] }> = [
  { mark: /(?<!\p{L})ИНН(?!\p{L})/u, what: 'ИНН (российский налоговый номер)', own: ['RU'] },
  { mark: /(?<!\p{L})(?:БИН|ИИН)(?!\p{L})/u, what: 'БИН/ИИН (казахстанский номер)', own: ['KZ'] },
  { mark: /(?<!\p{L})УНП(?!\p{L})/u, what: 'УНП (белорусский номер)', own: ['BY'] },
  { mark: /ЄДРПОУ|РНОКПП/u, what: 'код ЄДРПОУ/РНОКПП (украинский номер)', own: ['UA'] },
  {
    mark: /Российской\sФедерации|(?<!\p{L})РФ(?!\p{L})|Федеральн\p{L}*\sзакон|-ФЗ(?!\p{L})/u,
    what: 'закон Российской Федерации',
    own: ['RU'],
  },
  { mark: /Республики\sКазахстан|(?<!\p{L})РК(?!\p{L})/u, what: 'закон Республики Казахстан', own: ['KZ'] },
  { mark: /Республики\sБеларусь|(?<!\p{L})РБ(?!\p{L})/u, what: 'закон Республики Беларусь', own: ['BY'] },
  { mark: /законов\sо\sтруде\sУкраины|Украины/u, what: 'закон Украины', own: ['UA'] },
];

export const checkCountry: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const country = profile.company.country;
  const marks: Array<{ mark: RegExp; what: string }> = [
    ...(Object.entries(CURRENCY_MARKS) as Array<[CurrencyCode, RegExp]>)
      .filter(([code]) => code !== profile.currency)
      // The Belarusian rouble is a rouble too: in a BYN pack only the sign or «российский рубль» is Russian money.
      .map(([code, mark]): [CurrencyCode, RegExp] => [code, code === 'RUB' && profile.currency === 'BYN' ? RUB_IN_BYN : mark])
      .map(([code, mark]) => ({ mark, what: `валюта ${code} (${CURRENCY_SIGNS[code]}), а суммы пакета — в ${profile.currency}` })),
    ...FOREIGN.filter((f) => !f.own.includes(country)).map((f) => ({ mark: f.mark, what: `${f.what}, а страна компании — ${country}` })),
  ];
  const ours = userTextMask(
    profile,
    marks.map((m) => m.mark),
  );
  for (const model of models) {
    for (const passage of passages(model)) {
      const text = ours(passage.text);
      for (const { mark, what } of marks) {
        const m = mark.exec(text);
        if (!m) continue;
        const key = `${passage.document}|${passage.clause}|${what}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          check: 'country',
          severity: 'error',
          message: `«${m[0].trim()}»: ${what}`,
          where: [{ document: passage.document, clause: passage.clause }],
        });
      }
    }
  }
  return findings;
};
