/**
 * Audit input back to an answers file in YAML, with the checklist as comments: `opkit audit init`
 * writes the example this way, and a page can save a user's answers for `opkit audit` the same way.
 */
import { stringify } from 'yaml';
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { CURRENT_ANSWERS_VERSION, NO_FACTS, type AuditFacts, type AuditInput, type Checklist } from './schema.ts';

const HEADER = [
  '# Ответы экспресс-аудита системы управления продажами.',
  '# Чтобы продолжить аудит, откройте файл на странице экспресс-аудита кнопкой «Открыть файл ответов».',
  '# Консультантам: отчёт по нему собирает команда opkit audit ЭТОТ_ФАЙЛ --out ПАПКА (формат — в docs/audit.md).',
  '#',
  '# Ответ на вопрос: yes (да), partly (частично) или no (нет); можно по-русски. Ответ na',
  '# (неприменимо) допускается только там, где это сказано у вопроса. Пустое значение — ответа пока нет.',
  '# Ответ с комментарием и отметкой, откуда известен ответ (shown — показали, told — со слов):',
  '#   plan-method:',
  '#     answer: partly',
  '#     comment: План есть только на год, по месяцам не разбит',
  '#     evidence: shown',
  '# Перед каждым ответом — номер вопроса, его вес (3 — основа системы, 1 — полезно) и сам вопрос;',
  '# «основной» вопрос с ответом «нет» ограничивает уровень, вопросы «после …» при ответе «нет» на',
  '# тот вопрос пропускаются.',
];

const FACT_LABELS: Record<keyof AuditFacts, string> = {
  sellers: 'менеджеров по продажам сейчас, без руководителя',
  revenue: 'выручка за последние 12 месяцев, в валюте currency',
  currency: 'валюта: RUB, KZT, BYN, UAH, USD, EUR',
  planMonthsMet: 'в скольких из последних 12 месяцев выполнен план (0–12)',
  turnover: 'текучесть менеджеров за 12 месяцев, %',
  firstSaleMonths: 'через сколько месяцев новичок делает первую продажу',
  leadToProposal: 'конверсия «заявка → предложение» за квартал, %',
  proposalToPayment: 'конверсия «предложение → оплата» за квартал, %',
  top10Share: 'доля 10 крупнейших клиентов в выручке, %',
  ownerShare: 'доля выручки от клиентов, которых ведёт собственник, %',
};

/** One YAML scalar on one line, quoted only when YAML needs it. */
const scalar = (value: string | number): string => stringify(value, { lineWidth: 0 }).trimEnd();

export function answersYaml(input: AuditInput, checklist: Checklist = CHECKLIST): string {
  const out = [...HEADER, `schemaVersion: ${CURRENT_ANSWERS_VERSION}`, 'company:', `  name: ${scalar(input.company.name)}`];
  if (input.company.legalForm) out.push(`  legalForm: ${scalar(input.company.legalForm)}`);
  if (input.company.city) out.push(`  city: ${scalar(input.company.city)}`);
  if (input.date) out.push(`date: ${input.date}`);
  if (input.respondent) out.push(`respondent: ${scalar(input.respondent)}`);
  if (input.auditor) out.push(`auditor: ${scalar(input.auditor)}`);
  const facts = input.facts ?? NO_FACTS;
  out.push('facts:');
  for (const key of Object.keys(FACT_LABELS) as Array<keyof AuditFacts>) {
    const value = facts[key];
    out.push(
      `  ${key}:${value === null ? '' : ` ${scalar(value)}`}${' '.repeat(Math.max(1, 20 - key.length - (value === null ? 0 : String(value).length + 1)))}# ${FACT_LABELS[key]}`,
    );
  }
  if (input.conclusion) out.push('conclusion: |', ...input.conclusion.split('\n').map((line) => (line === '' ? '' : `  ${line}`)));
  else out.push('# conclusion: заключение аудитора своими словами (абзацы — через пустую строку)');
  out.push('answers:');
  checklist.areas.forEach((area, i) => {
    out.push(`  # ${i + 1}. ${area.title}`);
    checklist.questions
      .filter((q) => q.area === area.id)
      .forEach((q, j) => {
        const marks = [`вес ${q.weight}`];
        if (q.core) marks.push('основной');
        if (q.followUpOf) marks.push(`после ${q.followUpOf}`);
        if (q.na) marks.push(`na — если ${q.na}`);
        out.push(`  # ${i + 1}.${j + 1} (${marks.join('; ')}) ${q.text}`);
        const record = input.answers[q.id];
        const evidence = record?.evidence ?? null;
        if (!record) out.push(`  ${q.id}:`);
        else if (record.comment === null && evidence === null) out.push(`  ${q.id}: ${record.answer}`);
        else {
          out.push(`  ${q.id}:`, `    answer: ${record.answer}`);
          if (record.comment !== null) out.push(`    comment: ${scalar(record.comment)}`);
          if (evidence !== null) out.push(`    evidence: ${evidence}`);
        }
      });
  });
  return `${out.join('\n')}\n`;
}
