/**
 * No reference to a document the pack leaves out: the included documents must not send the reader
 * to «Положение о мотивации» when `documents.include` drops it. Views ask `includes()` before they
 * name another document; this reads what they actually printed.
 */
import { includes } from '../../documents/shared/include.ts';
import type { DocumentId } from '../../documents/registry.ts';
import { DOCUMENT_METAS } from '../../documents/registry.ts';
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

/**
 * How the text names each document, in any case. Capitals matter: «План продаж» is the document,
 * «план продаж» the figure; «Дорожная карта» the document. A Record, so a new document needs a line.
 */
export const DOCUMENT_MENTIONS: Readonly<Record<DocumentId, RegExp>> = {
  order: /Приказ\p{L}*\sо\sвведении\sв\sдействие/u,
  charter: /Положени\p{L}*\sоб?\s(?!мотивац)\p{L}+/u,
  segmentation: /Сегментаци\p{L}*\sклиентов\sи\sстратеги/u,
  'commercial-policy': /Коммерческ\p{L}*\sполитик/u,
  'sales-standard': /Стандарт\p{L}*\sпродаж/u,
  'job-description': /[Дд]олжностн\p{L}+\sинструкц/u,
  'kpi-card': /[Кк]арт\p{L}*\s(?:KPI|ключевых\sпоказателей)/u,
  motivation: /Положени\p{L}*\sо\sмотивац/u,
  'contract-addendum': /Дополнительн\p{L}*\sсоглашени\p{L}*\sк\sтрудовому/u,
  'sales-plan': /План(?:а|у|ом|е)?\sпродаж/u,
  'planning-regulation': /Регламент\p{L}*\sпланирования/u,
  'crm-regulation': /Регламент\p{L}*\sработы\sв\s|Рекомендаци\p{L}*\sпо\sвыбору/u,
  'lead-regulation': /Регламент\p{L}*\sобработки\sзаявок/u,
  'report-forms': /Форм\p{L}*\sотчётов\sи\sсовещаний/u,
  'handover-act': /Акт\p{L}*\sпередачи\sклиент/u,
  'onboarding-plan': /План\p{L}*\sадаптации/u,
  roadmap: /Дорожн\p{L}*\sкарт/u,
  'owner-summary': /Сводк\p{L}*\sдля\sсобственника/u,
};

export const checkReferences: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  const left = DOCUMENT_METAS.filter((meta) => !includes(profile, meta.id));
  for (const meta of left) {
    const mention = DOCUMENT_MENTIONS[meta.id];
    const where = new Map<string, { document: string; clause: string | null; text: string }>();
    for (const model of models) {
      for (const passage of passages(model)) {
        const m = mention.exec(passage.text);
        if (m && !where.has(`${passage.document}|${passage.clause}`)) {
          where.set(`${passage.document}|${passage.clause}`, { document: passage.document, clause: passage.clause, text: m[0] });
        }
      }
    }
    for (const place of where.values()) {
      findings.push({
        check: 'references',
        severity: 'error',
        message: `текст ссылается на документ «${meta.name}» («${place.text}…»), которого нет в пакете (documents.include)`,
        where: [{ document: place.document, clause: place.clause }],
      });
    }
  }
  return findings;
};
