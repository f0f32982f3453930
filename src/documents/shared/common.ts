/**
 * The part of every document's view that is the same across the pack: the organisation, the
 * director, the department, its positions with their titles in every case, the law. Views
 * hold finished strings (formatted numbers, inflected titles) and booleans; templates only
 * place them. Every key is present (null rather than absent) because templates run strict.
 */
import { offered, type Offered } from './offered.ts';
import { groupSizes } from '../../core/math/groups.ts';
import type { Profile, Position } from '../../core/profile/schema.ts';
import type { Cases } from '../../core/profile/fields.ts';
import { JURISDICTIONS } from '../../core/law/jurisdictions.ts';
import { fullOrganizationName, fullOrganizationNameGenitive, isEntrepreneur, shortOrganizationName } from '../../core/law/organization.ts';
import { CURRENCY_IN_WORDS, formatMoney, type CurrencyCode } from '../../core/text/format.ts';
import { CASES, titleCases, type CaseForms } from '../../core/text/inflect.ts';
import { capitalize, initialsAndSurname, joinAnd, lowerFirst } from '../../core/text/names.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import { roleById } from '../../core/catalog.ts';
import { roleMission } from './missions.ts';
import type { Offering } from '../../core/profile/ids.ts';
import { headPosition } from '../../core/profile/clients.ts';

/** A title in every case, as written and with the first letter lowered for use mid-sentence. */
export interface TitleView extends CaseForms {
  lc: CaseForms;
}

export function titleView(forms: CaseForms): TitleView {
  const lc = {} as CaseForms;
  for (const c of CASES) lc[c] = lowerFirst(forms[c]);
  return { ...forms, lc };
}

export interface PositionView {
  id: string;
  role: string;
  title: TitleView;
  headcount: number;
  headcountText: string;
  /** Whom the position reports to, as a title in every case. */
  reportsTo: TitleView;
  reportsToDirector: boolean;
  /** Lower-case phrase after a dash: «обеспечивает выполнение плана …». */
  mission: string;
  /** Positions reporting to this one: «Менеджер по продажам (4 штатные единицы)». */
  subordinates: string[];
  subordinatesVerb: string;
  employees: string[];
  salary: string;
  isHead: boolean;
}

export interface CommonView {
  org: {
    name: string;
    short: string;
    full: string;
    /** The full name in the genitive: «Общества с ограниченной ответственностью «ТехноСнаб»». */
    fullGen: string;
    city: string;
    industry: string;
    salesModelText: string;
    cycleDaysText: string | null;
    isEntrepreneur: boolean;
    hasCharter: boolean;
    /**
     * The organisation in the genitive with the document's defined terms, after «подразделения
     * «Отдел продаж» (далее — Отдел)»: «Общества … (далее — Компания)»; an entrepreneur is named
     * once and called «Работодатель» after that.
     */
    defined: string;
    /** What the company offers, in the cases regulations name it (shared/offered.ts). */
    offered: Offered;
  };
  director: { position: TitleView; fullName: string; signer: string };
  dept: { name: TitleView; nameLc: CaseForms; about: string; headcount: number; headcountText: string };
  head: PositionView | null;
  positions: PositionView[];
  law: {
    labourLawIns: string;
    labourLawGen: string;
    legislationGen: string;
    taxId: string;
    taxIdDat: string;
    acquaintance: string | null;
    materialLiability: string | null;
    discipline: string | null;
    paySystems: string | null;
  };
  crm: string | null;
  /** «в Битрикс24» or a neutral phrase when the company has no CRM. */
  crmLoc: string;
  currency: CurrencyCode;
  /** «в рублях», «в тенге», «в евро»: the profile's currency in words. */
  currencyIn: string;
}

const SALES_MODELS: Record<Profile['company']['salesModel'], string> = {
  b2b: 'продажи компаниям и индивидуальным предпринимателям (B2B)',
  b2c: 'продажи частным покупателям (B2C)',
  b2b2c: 'продажи через партнёров и дилеров конечным покупателям (B2B2C)',
};

/** «об отделе продаж», «о коммерческом отделе». */
export function aboutPhrase(prepositional: string): string {
  const first = prepositional.trim().charAt(0).toLocaleLowerCase('ru-RU');
  return `${'аоуэи'.includes(first) ? 'об' : 'о'} ${prepositional}`;
}

/**
 * Blank rows one position gets on a sheet with a row per seat (the acknowledgement sheet, the monthly
 * plan-fact form), at most: a department of thousands would otherwise get hundreds of pages (and a
 * minute to build them); the paper says how many people it is for and is copied for the rest.
 */
export const BLANK_SEAT_ROWS = 15;

/** The profile's own case forms (long keys) as inflector forms (short keys). */
export function givenCases(cases: Cases | null | undefined): Partial<CaseForms> {
  if (!cases) return {};
  return {
    gen: cases.genitive,
    dat: cases.dative,
    acc: cases.accusative,
    ins: cases.instrumental,
    ...(cases.prepositional ? { pre: cases.prepositional } : {}),
  };
}

export function positionTitleForms(position: Position): CaseForms {
  const role = position.role === 'custom' ? null : roleById(position.role);
  // Catalog cases apply only when the company kept the catalog title; a renamed position is inflected by rule.
  const catalogForms = role && role.title === position.title ? role.forms : {};
  return titleCases(position.title, { ...catalogForms, ...givenCases(position.titleCases) });
}

function missionOf(position: Position, offering: Offering): string {
  if (position.role === 'custom' && position.firmRole !== null) {
    return lowerFirst(roleMission(position.firmRole, offering).replace(/[.;]\s*$/, ''));
  }
  if (position.role === 'custom') {
    const first = position.duties?.[0];
    return first ? lowerFirst(first.replace(/[.;]\s*$/, '')) : 'выполняет обязанности, установленные должностной инструкцией';
  }
  return lowerFirst(roleMission(position.role, offering).replace(/[.;]\s*$/, ''));
}

function headcountText(n: number): string {
  return countNoun(n, NOUNS.unit);
}

/** The position that heads the department: a head-of-sales reporting to the director, if any. */
export function findHead(profile: Profile): Position | null {
  return headPosition(profile);
}

/**
 * An entrepreneur is the employer himself: the documents define him once and then call him
 * «Работодатель», so no sentence repeats «Индивидуальный предприниматель» or sends a matter from
 * him to himself. The approval block keeps the title the profile gives (src/core/pack/frame.ts).
 */
const EMPLOYER: CaseForms = {
  nom: 'Работодатель',
  gen: 'Работодателя',
  dat: 'Работодателю',
  acc: 'Работодателя',
  ins: 'Работодателем',
  pre: 'Работодателе',
};

export function buildCommonView(profile: Profile): CommonView {
  const { company, department } = profile;
  const entrepreneur = isEntrepreneur(company.legalForm);
  const directorForms = titleView(
    entrepreneur ? EMPLOYER : titleCases(company.director.position, givenCases(company.director.positionCases)),
  );
  const formsById = new Map(department.positions.map((p) => [p.id, titleView(positionTitleForms(p))]));
  const headPosition = findHead(profile);
  const positions: PositionView[] = department.positions.map((p) => {
    const subs = department.positions.filter((s) => s.reportsTo === p.id);
    return {
      id: p.id,
      role: p.role,
      title: formsById.get(p.id) as TitleView,
      headcount: p.headcount,
      headcountText: headcountText(p.headcount),
      reportsTo: p.reportsTo === 'director' ? directorForms : (formsById.get(p.reportsTo) as TitleView),
      reportsToDirector: p.reportsTo === 'director',
      mission: missionOf(p, profile.company.offering),
      subordinates: subs.map((s) => `${s.title} (${headcountText(s.headcount)}${groupsText(s.headcount, p.headcount)})`),
      subordinatesVerb: subs.length === 1 && subs[0]?.headcount === 1 ? 'подчиняется' : 'подчиняются',
      employees: [...(p.employees ?? [])],
      salary: formatMoney(p.salary, profile.currency),
      isHead: headPosition?.id === p.id,
    };
  });
  const deptForms = titleCases(department.name, givenCases(department.nameCases));
  const deptLc = {} as CaseForms;
  for (const c of CASES) deptLc[c] = lowerFirst(deptForms[c]);
  const total = department.positions.reduce((sum, p) => sum + p.headcount, 0);
  const law = JURISDICTIONS[company.country];
  // The director's name enters the organisation's name only for an entrepreneur, where validation requires it.
  const directorName = company.director.fullName ?? '';
  const full = fullOrganizationName(company.legalForm, company.name, directorName, company.fullName ?? null);
  const fullGen = fullOrganizationNameGenitive(
    company.legalForm,
    company.name,
    directorName,
    company.fullName ?? null,
    company.director.gender,
  );
  const crm = profile.processes.crm;
  return {
    org: {
      name: company.name,
      short: shortOrganizationName(company.legalForm, company.name),
      full,
      fullGen,
      city: company.city ?? '',
      industry: company.industry,
      salesModelText: SALES_MODELS[company.salesModel],
      cycleDaysText: company.averageSalesCycleDays ? countNoun(company.averageSalesCycleDays, NOUNS.day) : null,
      isEntrepreneur: entrepreneur,
      hasCharter: !entrepreneur,
      defined: entrepreneur ? `${fullGen} (далее — Работодатель, а его предприятие — Компания)` : `${fullGen} (далее — Компания)`,
      offered: offered(company.offering),
    },
    director: {
      position: directorForms,
      fullName: directorName,
      signer: directorName === '' ? '' : initialsAndSurname(directorName),
    },
    dept: {
      name: titleView(deptForms),
      nameLc: deptLc,
      about: aboutPhrase(deptLc.pre),
      headcount: total,
      headcountText: headcountText(total),
    },
    head: positions.find((p) => p.isHead) ?? null,
    positions,
    law: {
      labourLawIns: law.labourLawIns,
      labourLawGen: law.labourLawGen,
      legislationGen: law.legislationGen,
      taxId: law.taxId,
      taxIdDat: law.taxIdDat,
      acquaintance: law.articles.acquaintance,
      materialLiability: law.articles.materialLiability,
      discipline: law.articles.discipline,
      paySystems: law.articles.paySystems,
    },
    crm,
    crmLoc: crm ? `в ${crm}` : 'в учётной базе клиентов',
    currency: profile.currency,
    currencyIn: CURRENCY_IN_WORDS[profile.currency],
  };
}

export { capitalize };

/** «, по 5 в каждой из 3 групп» or « в 3 группах: 6, 5 и 5»: how the people under several leads are split. */
function groupsText(people: number, leads: number): string {
  if (leads <= 1 || people < leads) return '';
  const sizes = groupSizes(people, leads);
  if (sizes.every((n) => n === sizes[0]))
    return `, по ${sizes[0]} в каждой из ${countNoun(leads, { one: 'группы', few: 'групп', many: 'групп' })}`;
  return ` в ${countNoun(leads, { one: 'группе', few: 'группах', many: 'группах' })}: ${joinAnd(sizes.map(String))}`;
}
