/**
 * The view of «Формы отчётов и совещаний»: one blank form per report of `processes.reports`, with
 * the columns the planning regulation lists for it in this business's words, and one protocol form
 * per meeting the department holds. Names, titles and the currency are filled in; every figure is
 * a blank cell the preparer writes in.
 */
import { REPORT_IDS, type ReportId } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { reportById } from '../../core/catalog.ts';
import { companyChannels } from '../../core/business/units.ts';
import { CURRENCY_SIGNS, formatNumber } from '../../core/text/format.ts';
import { capitalize, joinAnd } from '../../core/text/names.ts';
import { BLANKS, type Blanks } from '../shared/blanks.ts';
import { BLANK_SEAT_ROWS, buildCommonView, type CommonView } from '../shared/common.ts';
import { weekdayPhrase } from '../charter/view.ts';
import { crmRoles } from '../shared/crm-roles.ts';
import { includes } from '../shared/include.ts';
import { crmWording, leaderOf, type LeaderView } from '../shared/leader.ts';
import { meetingAgendas } from '../planning-regulation/meetings.ts';
import { salesPipeline } from '../shared/pipeline.ts';
import { REPORT_CONTENT } from '../planning-regulation/report-prose.ts';
import { CHANNEL_ROWS, FORM_WORDS, type FormWords } from '../shared/form-words.ts';

export interface FormHead {
  /** «Форма 2». */
  label: string;
  name: string;
  frequency: string;
  prepares: string;
  recipient: string;
  deadline: string;
  /** Someone other than the preparer accepts the report and signs it. */
  accepts: boolean;
}

/** A row of a form whose first cell is printed and the rest are left blank. */
export interface PrintedRow {
  number: number;
  text: string;
}

export interface ProtocolForm {
  label: string;
  /** «ежедневной планёрки»: the protocol's subject in the genitive. */
  nameGen: string;
  /** «по понедельникам», or null. */
  when: string | null;
  agenda: PrintedRow[];
}

export interface ReportFormsView extends CommonView {
  leader: LeaderView;
  blank: Blanks;
  sign: string;
  words: FormWords;
  /** How the forms relate to the CRM: a whole paragraph. */
  recordsNote: string;
  hasRegulation: boolean;
  /** «Форма 1 — Ежедневный отчёт об активности», in order. */
  list: string[];
  daily: (FormHead & { rows: PrintedRow[] }) | null;
  weekly: (FormHead & { stages: string }) | null;
  monthly: (FormHead & { people: PrintedRow[] }) | null;
  quarterly: (FormHead & { rows: PrintedRow[] }) | null;
  receivables: FormHead | null;
  leads: (FormHead & { channels: PrintedRow[] }) | null;
  protocols: { any: boolean; daily: ProtocolForm | null; weekly: ProtocolForm | null; monthly: ProtocolForm | null };
}

const numbered = (texts: readonly string[]): PrintedRow[] => texts.map((text, i) => ({ number: i + 1, text }));

export function buildReportFormsView(profile: Profile): ReportFormsView {
  const common = buildCommonView(profile);
  const leader = leaderOf(common);
  const offering = profile.company.offering;
  const words = FORM_WORDS[offering];
  const director = common.director.position;

  const ownerTitles = (role: string): string => {
    if (role === 'director') return director.nom;
    const holders = common.positions.filter((p) => p.role === role).map((p) => p.title.nom);
    return holders.length ? joinAnd(holders) : leader.title.nom;
  };
  // The forms in the order of REPORT_IDS (the reports catalog's).
  const chosen = REPORT_IDS.filter((id) => profile.processes.reports.includes(id));
  let counter = 0;
  const head = (id: ReportId): FormHead => {
    const r = reportById(id);
    counter += 1;
    const prepares = ownerTitles(r.owner);
    const recipient = ownerTitles(r.recipient);
    return {
      label: `Форма ${counter}`,
      name: r.name,
      frequency: r.frequencyText,
      prepares,
      recipient: recipient === prepares ? 'работники Отдела на совещании' : recipient,
      deadline: r.deadline,
      accepts: recipient !== prepares,
    };
  };
  const content = (id: ReportId): string[] =>
    (REPORT_CONTENT[id]?.[offering] ?? reportById(id).content).map((c) => capitalize(crmWording(c, profile)));

  // Each seat with a personal plan is a row of the monthly form (a head's or group's figure is not a person's); unnamed seats by title,
  // at most BLANK_SEAT_ROWS of them per position.
  const people: string[] = [];
  let seats = 0;
  const withPersonal = common.positions.filter((x) =>
    profile.kpis.some((k) => k.position === x.id && k.items.some((i) => i.scope === 'personal')),
  );
  for (const p of withPersonal.length ? withPersonal : common.positions.filter((x) => !x.isHead)) {
    const named = p.employees.slice(0, p.headcount);
    people.push(...named, ...Array.from({ length: Math.min(p.headcount - named.length, BLANK_SEAT_ROWS) }, () => p.title.nom));
    seats += p.headcount;
  }

  const pipeline = salesPipeline(crmRoles(common, profile), common, profile);
  const channels = companyChannels(profile).map((c) => CHANNEL_ROWS[c.type]);

  const view = {
    daily: chosen.includes('daily-activity') ? { ...head('daily-activity'), rows: numbered(content('daily-activity')) } : null,
    weekly: chosen.includes('weekly-pipeline')
      ? { ...head('weekly-pipeline'), stages: pipeline.stages.map((s) => `«${s.name}»`).join(', ') }
      : null,
    monthly: chosen.includes('monthly-plan-fact')
      ? {
          ...head('monthly-plan-fact'),
          people: numbered(people),
          // Rows left out: the form says how many people it is for.
          seats: seats > people.length ? formatNumber(seats) : null,
        }
      : null,
    quarterly: chosen.includes('quarterly-review')
      ? {
          ...head('quarterly-review'),
          rows: numbered([
            `${words.result}, ${CURRENCY_SIGNS[profile.currency]}`,
            `Валовая прибыль, ${CURRENCY_SIGNS[profile.currency]}`,
            words.newBusiness,
            'Активные клиенты на конец квартала',
            'Ушедшие клиенты',
            'Конверсия из обращения во встречу, %',
            'Конверсия из встречи в сделку, %',
            'Средняя длительность сделки, дней',
          ]),
        }
      : null,
    receivables: chosen.includes('receivables-report') ? head('receivables-report') : null,
    leads: chosen.includes('lead-report') ? { ...head('lead-report'), channels: numbered(channels) } : null,
  };

  const { meetings } = profile.processes;
  const agendas = meetingAgendas(offering, includes(profile, 'sales-standard'));
  const weekday = weekdayPhrase(meetings.weekly);
  const protocol = (nameGen: string, when: string | null, agenda: string[]): ProtocolForm => {
    counter += 1;
    return { label: `Форма ${counter}`, nameGen, when, agenda: numbered(agenda.map(capitalize)) };
  };
  const protocols = {
    daily: meetings.daily ? protocol('ежедневной планёрки', null, agendas.daily) : null,
    weekly: weekday ? protocol('еженедельного совещания план/факт', weekday, agendas.weekly) : null,
    monthly: meetings.monthly ? protocol('совещания по итогам месяца', null, agendas.monthly) : null,
  };

  const list = [
    ...[view.daily, view.weekly, view.monthly, view.quarterly, view.receivables, view.leads].flatMap((f) =>
      f ? [`${f.label} — ${f.name} (${f.frequency})`] : [],
    ),
    ...[protocols.daily, protocols.weekly, protocols.monthly].flatMap((p) => (p ? [`${p.label} — Протокол ${p.nameGen}`] : [])),
  ];

  const crm = profile.processes.crm;
  const recordsNote = crm
    ? `Отчёты строятся в ${crm} по графам этих форм: ${leader.title.nom} настраивает в ${crm} отчёты с теми же графами, и работник сверяет их с формой. Бланк заполняется вручную, только пока графы не настроены или доступа к ${crm} нет; данные в этом случае вносятся в ${crm} в тот же рабочий день.`
    : `Компания ведёт учёт клиентов и сделок без CRM, поэтому отчёты заполняются по этим формам в электронном виде (файл DOCX) или от руки по данным учётной базы клиентов. Заполненные формы хранятся у ${leader.title.gen} в течение года.`;

  return {
    ...common,
    leader,
    blank: BLANKS,
    sign: CURRENCY_SIGNS[profile.currency],
    words,
    recordsNote,
    hasRegulation: includes(profile, 'planning-regulation'),
    list,
    ...view,
    protocols: { any: protocols.daily !== null || protocols.weekly !== null || protocols.monthly !== null, ...protocols },
  };
}
