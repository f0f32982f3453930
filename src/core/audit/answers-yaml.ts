/**
 * Audit input back to an answers file in YAML, with the checklist as comments: `opkit audit init`
 * writes the example this way, and a page can save a user's answers for `opkit audit` the same way.
 */
import { stringify } from 'yaml';
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { CURRENT_ANSWERS_VERSION, type AuditInput, type Checklist } from './schema.ts';

const HEADER = [
  '# Ответы экспресс-аудита системы управления продажами.',
  '# Отчёт по ним: opkit audit ЭТОТ_ФАЙЛ --out ПАПКА; формат файла описан в docs/audit.md.',
  '#',
  '# Ответ на вопрос: yes (да), partly (частично), no (нет) или na (неприменимо: вопрос не входит',
  '# в расчёт); можно по-русски: да, частично, нет, неприменимо. Пустое значение — ответа пока нет.',
  '# Ответ с комментарием записывается так:',
  '#   plan-method:',
  '#     answer: partly',
  '#     comment: План есть только на год, по месяцам не разбит',
  '# Перед каждым ответом — номер вопроса, его вес (3 — основа системы, 1 — полезно) и сам вопрос.',
];

/** One YAML scalar on one line, quoted only when YAML needs it. */
const scalar = (value: string | number): string => stringify(value, { lineWidth: 0 }).trimEnd();

export function answersYaml(input: AuditInput, checklist: Checklist = CHECKLIST): string {
  const out = [...HEADER, `schemaVersion: ${CURRENT_ANSWERS_VERSION}`, 'company:', `  name: ${scalar(input.company.name)}`];
  if (input.company.legalForm) out.push(`  legalForm: ${scalar(input.company.legalForm)}`);
  if (input.company.city) out.push(`  city: ${scalar(input.company.city)}`);
  if (input.date) out.push(`date: ${input.date}`);
  if (input.respondent) out.push(`respondent: ${scalar(input.respondent)}`);
  if (input.auditor) out.push(`auditor: ${scalar(input.auditor)}`);
  out.push('answers:');
  checklist.areas.forEach((area, i) => {
    out.push(`  # ${i + 1}. ${area.title}`);
    checklist.questions
      .filter((q) => q.area === area.id)
      .forEach((q, j) => {
        out.push(`  # ${i + 1}.${j + 1} (вес ${q.weight}) ${q.text}`);
        const record = input.answers[q.id];
        if (!record) out.push(`  ${q.id}:`);
        else if (record.comment === null) out.push(`  ${q.id}: ${record.answer}`);
        else out.push(`  ${q.id}:`, `    answer: ${record.answer}`, `    comment: ${scalar(record.comment)}`);
      });
  });
  return `${out.join('\n')}\n`;
}
