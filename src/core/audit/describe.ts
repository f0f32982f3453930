/**
 * The reference parts of docs/audit.md, generated from the answers file's schema and from the
 * checklist, so the documentation cannot drift from either. A test keeps the file in sync;
 * `UPDATE_DOCS=1 npx vitest run tests/audit/docs.test.ts` rewrites it.
 */
import * as z from 'zod';
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { AnswerObjectSchema, AnswersFileSchema, type Checklist } from './schema.ts';
import { levelRows } from './levels.ts';

type JsonSchema = z.core.JSONSchema.JSONSchema;

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function fieldTable(schema: JsonSchema): string[] {
  const required = new Set(schema.required ?? []);
  const rows = ['| поле | обязательно | описание |', '| --- | --- | --- |'];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (typeof field === 'boolean') continue;
    // An object's default (all of its fields empty) says nothing a reader needs.
    const plain = field.default === undefined || (typeof field.default === 'object' && field.default !== null);
    const need = required.has(key) ? 'да' : plain ? 'нет' : `нет, по умолчанию ${show(field.default)}`;
    rows.push(`| \`${key}\` | ${need} | ${cell(field.description ?? '')} |`);
  }
  return rows;
}

/** Markdown: the fields of the answers file, of `company` and `facts`, and of an answer's long form. */
export function describeAnswersFile(): string {
  const root = z.toJSONSchema(AnswersFileSchema, { io: 'input', unrepresentable: 'any' });
  const company = root.properties?.['company'];
  const facts = root.properties?.['facts'];
  const entry = z.toJSONSchema(AnswerObjectSchema, { io: 'input', unrepresentable: 'any' });
  return [
    '### Верхний уровень',
    '',
    ...fieldTable(root),
    '',
    '### company',
    '',
    ...(typeof company === 'object' ? fieldTable(company) : []),
    '',
    '### facts',
    '',
    ...(typeof facts === 'object' ? fieldTable(facts) : []),
    '',
    '### Ответ с комментарием (`answers.<id>`)',
    '',
    ...fieldTable(entry),
    '',
  ].join('\n');
}

/**
 * Markdown: every question by area with its id, weight, what makes it special (core, follow-up,
 * when «неприменимо» is allowed) and the documents that implement the step; then the auditor's
 * guide for each question (what counts as «да» and «частично»).
 */
export function describeQuestions(checklist: Checklist = CHECKLIST): string {
  const out: string[] = [];
  const numbers = new Map<string, string>();
  checklist.areas.forEach((area, i) => {
    out.push(
      `### ${i + 1}. ${area.title}`,
      '',
      cell(area.about),
      '',
      '| № | id | вес | вопрос | особенности | как оценить | документы пакета |',
      '| --- | --- | :-: | --- | --- | --- | --- |',
    );
    checklist.questions
      .filter((q) => q.area === area.id)
      .forEach((q, j) => {
        const number = `${i + 1}.${j + 1}`;
        numbers.set(q.id, number);
        const marks: string[] = [];
        if (q.core) marks.push('основной');
        if (q.followUpOf) marks.push(`после ${numbers.get(q.followUpOf) ?? q.followUpOf}`);
        if (q.na) marks.push(`н/п — если ${q.na}`);
        out.push(
          `| ${number} | \`${q.id}\` | ${q.weight} | ${cell(q.text)} | ${cell(marks.join('; '))} | ${cell(q.guide)} | ${q.documents.map((d) => `\`${d}\``).join(', ')} |`,
        );
      });
    out.push('');
  });
  return out.join('\n');
}

/** Markdown: the maturity levels with their ranges. */
export function describeLevels(checklist: Checklist = CHECKLIST): string {
  const rows = levelRows(checklist.levels, null).map(
    (l, i) => `| \`${checklist.levels[i]?.id ?? ''}\` | ${l.title} | ${l.rangeText} | ${cell(l.description)} |`,
  );
  return ['| id | уровень | общий результат | что это значит |', '| --- | --- | :-: | --- |', ...rows, ''].join('\n');
}
