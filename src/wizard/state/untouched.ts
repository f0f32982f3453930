/**
 * Where a draft came from, and which of its values the owner never made their own: values still
 * equal to the example company's, or defaults on steps the owner never opened. The review lists
 * them by step and asks for a confirmation before the download, so that nobody signs someone
 * else's numbers by accident.
 */
import { KPI_CATALOG } from '../../../content/catalog/index.ts';
import type { KpiId } from '../../core/profile/ids.ts';
import { formatNumber } from '../../core/text/format.ts';
import type { Draft } from './draft.ts';
import { describePath } from './labels.ts';
import { hasLatinIdentifier } from './owner-messages.ts';
import { getAt, pathKey, type Path } from './paths.ts';
import type { QuickAnswers } from './quick-start.ts';
import { STEPS, stepInfo, stepOf, type StepId } from './steps.ts';

export type Origin =
  /** «На примере компании»: the example profile, every value of it someone else's until changed. */
  | { kind: 'example'; base: Draft }
  /** «С чистого листа»: the quick start's answers and the defaults built from them. */
  | { kind: 'blank'; answers: QuickAnswers; base: Draft }
  /** A profile loaded from a file: the owner's own, nothing in it is a suggestion. */
  | { kind: 'file' };

export interface UntouchedValue {
  path: string;
  step: StepId;
  /** Where, in the form's words: «Менеджер по продажам → оклад». */
  label: string;
  /** The value as the owner reads it. */
  value: string;
}

/** Parts of the profile that are structure, not the owner's figures: ids and the format's own fields. */
const STRUCTURE = [/^schemaVersion$/, /^locale$/, /\.id$/, /^(kpis|motivation)\[\d+\]\.position$/, /\.role$/, /^documents\.include/];

/** Leaves of a profile: scalars, and lists of scalars or of pairs (seasonality, curves) as one value. */
function leaves(node: unknown, path: Path, out: Path[]): Path[] {
  if (Array.isArray(node)) {
    if (node.every((v) => v === null || typeof v !== 'object' || Array.isArray(v))) out.push(path);
    else node.forEach((child, i) => leaves(child, [...path, i], out));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) leaves(child, [...path, key], out);
  } else out.push(path);
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Codes the form shows as words; any other Latin-only code is left out of the list (its label says enough). */
const WORDS: Readonly<Record<string, string>> = {
  month: 'месяц',
  quarter: 'квартал',
  year: 'год',
  department: 'план отдела',
  group: 'план группы',
  personal: 'личный план',
  'kpi-bonus': 'оклад + премия по KPI',
  'revenue-percent': 'оклад + процент',
  'salary-only': 'только оклад',
  margin: 'от валовой маржи',
  director: 'руководитель компании',
};

const isCode = (text: string): boolean => /^[A-Za-z0-9_-]+$/.test(text);

/** The value as the form would show it: numbers grouped, codes as words (or left out), positions by title. */
function shown(value: unknown, key: string, draft: Draft): string {
  if (typeof value === 'number') return /year$/i.test(key) ? String(value) : formatNumber(value, 2).replace(/,00$/, '');
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'string') {
    if (/\.kpi$/.test(key) && value in KPI_CATALOG) return `«${KPI_CATALOG[value as KpiId].name}»`;
    if (/reportsTo$/.test(key)) {
      const superior = draft.department?.positions?.find((p) => p?.id === value);
      if (superior?.title) return `«${superior.title}»`;
    }
    if (isCode(value)) return WORDS[value] ?? '';
    return value.length > 60 ? `«${value.slice(0, 60)}…»` : `«${value}»`;
  }
  if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'string' && isCode(v))) return '';
    const text = value.map((v) => (Array.isArray(v) ? `${v.join('→')}` : shown(v, key, draft))).join(', ');
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  }
  return '';
}

/**
 * The values of `draft` still equal to the origin's: all of them for the example, and for the
 * quick start the defaults on steps not in `visited` (what the owner answered is theirs).
 */
export function untouchedValues(draft: Draft, origin: Origin, visited: ReadonlySet<StepId>): UntouchedValue[] {
  if (origin.kind === 'file') return [];
  const answered = origin.kind === 'blank' ? new Set(answeredPaths(origin.base)) : new Set<string>();
  const found: UntouchedValue[] = [];
  for (const path of leaves(origin.base, [], [])) {
    const key = pathKey(path);
    const value = getAt(origin.base, path);
    if (value === null || value === '' || value === undefined) continue;
    if (STRUCTURE.some((pattern) => pattern.test(key)) || answered.has(key)) continue;
    const step = stepOf(key);
    if (origin.kind === 'blank' && visited.has(step)) continue;
    if (!same(getAt(draft, path), value)) continue;
    const described = describePath(draft, key);
    const label = described === null || hasLatinIdentifier(described) ? 'Прочие настройки шага' : described;
    found.push({ path: key, step, label, value: shown(value, key, draft) });
  }
  const order = (id: StepId) => STEPS.findIndex((s) => s.id === id);
  return found.sort((a, b) => order(a.step) - order(b.step));
}

/** The list grouped by step, in the order of the steps. */
export function byStep(values: readonly UntouchedValue[]): Array<{ step: StepId; title: string; values: UntouchedValue[] }> {
  const groups = new Map<StepId, UntouchedValue[]>();
  for (const v of values) groups.set(v.step, [...(groups.get(v.step) ?? []), v]);
  return [...groups].map(([step, list]) => ({ step, title: stepInfo(step).title, values: list }));
}

/** The paths the quick start asked about: they are the owner's, not defaults the owner never saw. */
function answeredPaths(draft: Draft): string[] {
  const paths = ['company.offering', 'plan.revenue', 'processes.crm'];
  (draft.department?.positions ?? []).forEach((_, i) => {
    paths.push(`department.positions[${i}].headcount`, `department.positions[${i}].salary`, `department.positions[${i}].role`);
  });
  return paths;
}
