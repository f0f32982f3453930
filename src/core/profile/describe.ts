/**
 * The field reference of docs/profile.md, generated from ProfileSchema's JSON Schema (input side:
 * what a person writes), so the documentation cannot drift from the schema. A test keeps the file
 * in sync; `UPDATE_DOCS=1 npx vitest run tests/profile/docs.test.ts` rewrites it.
 */
import * as z from 'zod';
import { KPI_CATALOG } from '../../../content/catalog/kpis.ts';
import { REPORT_CATALOG } from '../../../content/catalog/reports.ts';
import { ROLE_CATALOG } from '../../../content/catalog/roles.ts';
import { ProfileSchema } from './schema.ts';

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** ProfileSchema as JSON Schema (draft 2020-12), e.g. for editors' YAML completion. */
export function profileJsonSchema(): JsonSchema {
  return z.toJSONSchema(ProfileSchema, {
    io: 'input',
    unrepresentable: 'any',
    // A date object is what YAML 1.1 readers and the wizard hand over; on paper it is a date string.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date';
      }
    },
  });
}

interface Section {
  heading: string;
  schema: JsonSchema;
}

/** Markdown: one table per object of the profile, in document order, then the shared types. */
export function describeProfile(): string {
  const root = profileJsonSchema();
  const defs = root.$defs ?? {};
  const out: string[] = [];
  // Depth first, so that a section's nested objects follow it (company, then company.director).
  const render = (section: Section): void => {
    const nested: Section[] = [];
    out.push(`### ${section.heading}`, '', ...table(section, defs, nested), '');
    nested.forEach(render);
  };
  render({ heading: 'Верхний уровень', schema: root });
  for (const [id, schema] of Object.entries(defs)) {
    out.push(`### ${schema.title ?? id}`, '');
    if (schema.type === 'object') out.push(...table({ heading: schema.title ?? id, schema }, defs, []));
    else out.push(`${typeText(schema, defs)}.`, '', curveNote);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

const UNITS = { currency: 'деньги', count: 'штуки', percent: '%', days: 'дни', hours: 'часы', minutes: 'минуты', yesno: 'да/нет' } as const;
const DIRECTIONS = { higher: 'больше', lower: 'меньше' } as const;
const PERIODS = { month: 'месяц', quarter: 'квартал', year: 'год' } as const;
const FREQUENCIES = { daily: 'ежедневно', weekly: 'еженедельно', monthly: 'ежемесячно', quarterly: 'ежеквартально' } as const;

/** Markdown: the ids a profile may use for roles, KPIs and reports, with what they mean. */
export function describeCatalogs(): string {
  const roles = Object.values(ROLE_CATALOG).map((r) => `| \`${r.id}\` | ${r.title} | ${r.category} | ${cell(r.mission)} |`);
  const kpis = Object.values(KPI_CATALOG).map(
    (k) =>
      `| \`${k.id}\` | ${k.name} | ${UNITS[k.unit]} | ${DIRECTIONS[k.direction]} | ${PERIODS[k.defaultPeriod]} | ${k.source} | ${k.derives === null ? 'нужен `plan`' : `выводится (${k.derives})`} |`,
  );
  const reports = Object.values(REPORT_CATALOG).map(
    (r) => `| \`${r.id}\` | ${r.name} | ${FREQUENCIES[r.frequency]} | ${cell(r.deadline)} |`,
  );
  return [
    '### Роли (`department.positions[].role`)',
    '',
    '| id | название по умолчанию | категория | назначение |',
    '| --- | --- | --- | --- |',
    ...roles,
    '',
    '### Показатели (`kpis[].items[].kpi`)',
    '',
    '| id | название | единица | лучше, когда | период по умолчанию | источник | план |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...kpis,
    '',
    '### Отчёты (`processes.reports`)',
    '',
    '| id | название | периодичность | срок |',
    '| --- | --- | --- | --- |',
    ...reports,
    '',
  ].join('\n');
}

const curveNote =
  'Точки перечисляются по неубыванию процента выполнения; две точки с одинаковым выполнением задают ступеньку. ' +
  'Ниже первой точки действует её значение, после последней — значение последней (это потолок).';

function table(section: Section, defs: Record<string, JsonSchema>, queue: Section[]): string[] {
  const required = new Set(section.schema.required ?? []);
  const rows = ['| поле | тип | обязательно | описание |', '| --- | --- | --- | --- |'];
  for (const [key, raw] of Object.entries(section.schema.properties ?? {})) {
    if (typeof raw === 'boolean') continue;
    const path = section.heading === 'Верхний уровень' ? key : `${section.heading}.${key}`;
    enqueueNested(path, raw, queue);
    const need =
      required.has(key) && raw.default === undefined ? 'да' : raw.default === undefined ? 'нет' : `нет, по умолчанию ${show(raw.default)}`;
    rows.push(`| \`${key}\` | ${cell(typeText(raw, defs))} | ${cell(need)} | ${cell(raw.description ?? '')} |`);
  }
  return rows;
}

/** Objects inside a field get their own table, named by their path (`department.positions[]`). */
function enqueueNested(path: string, schema: JsonSchema, queue: Section[]): void {
  const inner = withoutNull(schema);
  if (inner.type === 'object' && inner.properties) queue.push({ heading: path, schema: inner });
  const items = inner.type === 'array' && typeof inner.items === 'object' && !Array.isArray(inner.items) ? inner.items : null;
  if (items?.type === 'object' && items.properties) queue.push({ heading: `${path}[]`, schema: items });
  for (const variant of items?.oneOf ?? []) {
    const tag = Object.entries(variant.properties ?? {}).find(([, p]) => typeof p === 'object' && p.const !== undefined);
    const label = tag && typeof tag[1] === 'object' ? ` (${tag[0]}: ${String(tag[1].const)})` : '';
    queue.push({ heading: `${path}[]${label}`, schema: variant });
  }
}

function withoutNull(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf?.filter((s) => s.type !== 'null');
  return options?.length === 1 && options[0] ? options[0] : schema;
}

function typeText(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (schema.$ref !== undefined) {
    const id = schema.$ref.replace('#/$defs/', '');
    return `${(defs[id]?.title ?? id).toLowerCase()} (см. ниже)`;
  }
  if (schema.anyOf) return unique(schema.anyOf.map((s) => typeText(s, defs))).join(' или ');
  if (schema.oneOf) return 'объект одного из видов (см. ниже)';
  if (schema.const !== undefined) return `\`${show(schema.const)}\``;
  if (schema.enum) return `одно из: ${schema.enum.map((v) => `\`${show(v)}\``).join(', ')}`;
  if (Array.isArray(schema.type)) return unique(schema.type.map((t) => typeText({ type: t }, defs))).join(' или ');
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return 'дата';
      if (schema.pattern !== undefined)
        return `id (строчные латинские буквы, цифры, дефис${schema.maxLength ? `; до ${schema.maxLength} символов` : ''})`;
      return schema.maxLength === undefined ? 'текст' : `текст до ${schema.maxLength.toLocaleString('ru-RU')} символов`;
    case 'number':
    case 'integer':
      return [schema.type === 'integer' ? 'целое число' : 'число', ...bounds(schema)].join(' ');
    case 'boolean':
      return '`true` или `false`';
    case 'null':
      return '`null`';
    case 'object':
      return 'объект (см. ниже)';
    case 'array':
      return arrayText(schema, defs);
    default:
      return 'любое значение';
  }
}

function arrayText(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (schema.prefixItems) {
    return `пара [${schema.prefixItems.map((s) => (typeof s === 'boolean' ? '' : typeText(s, defs))).join(', ')}]`;
  }
  const items = typeof schema.items === 'object' && !Array.isArray(schema.items) ? schema.items : {};
  const { minItems: min, maxItems: max } = schema;
  const size = min !== undefined && min === max ? `, ровно ${min}` : min !== undefined && min > 0 ? ', не пустой' : '';
  if (items.oneOf) return `список объектов одного из видов (см. ниже)${size}`;
  if (items.type === 'object') return `список объектов (см. ниже)${size}`;
  return `список (${typeText(items, defs)})${size}`;
}

function bounds(schema: JsonSchema): string[] {
  const out: string[] = [];
  if (typeof schema.exclusiveMinimum === 'number') out.push(`> ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) out.push(`≥ ${schema.minimum}`);
  if (typeof schema.exclusiveMaximum === 'number') out.push(`< ${schema.exclusiveMaximum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) out.push(`≤ ${schema.maximum}`);
  return out.length === 0 ? [] : [out.join(', ')];
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
