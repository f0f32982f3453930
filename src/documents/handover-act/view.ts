/**
 * The view of «Акт передачи клиента»: the form that records a client passing from one employee to
 * another, on the grounds this company has (the hand-over rule of `clients.handover`, a dismissal
 * or transfer, and a leave when `processes.clientTransferOnLeave`), with the client's contracts,
 * open deals, debts in this business's documents, contacts and agreements as blank tables.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { CURRENCY_SIGNS } from '../../core/text/format.ts';
import { capitalize } from '../../core/text/names.ts';
import { BLANKS, type Blanks } from '../shared/blanks.ts';
import { buildClientsView } from '../shared/clients.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { crmRoles } from '../shared/crm-roles.ts';
import { FORM_WORDS, type FormWords } from '../shared/form-words.ts';
import { includes } from '../shared/include.ts';
import { leaderOf, type LeaderView } from '../shared/leader.ts';
import { salesPipeline } from '../shared/pipeline.ts';

export interface HandoverActView extends CommonView {
  leader: LeaderView;
  blank: Blanks;
  sign: string;
  words: FormWords;
  /** The grounds of a hand-over in this company, each a row to mark. */
  grounds: string[];
  /** The segments as a reader circles one: «A — ключевые клиенты / B — … / C — …». */
  segments: string;
  /** The funnel's stages, quoted, for the open deals table. */
  stages: string;
  /** A leave hands clients over for a time: the act records until when. */
  temporary: boolean;
  /** Whose records the act is filled from, in the genitive: «Битрикс24», «учётной базы клиентов». */
  records: string;
  hasLeadRegulation: boolean;
  /** The one who hands over stays answerable for the payments of his deals: the lead regulation's rule. */
  collection: string | null;
}

export function buildHandoverActView(profile: Profile): HandoverActView {
  const common = buildCommonView(profile);
  const leader = leaderOf(common);
  const clients = buildClientsView(profile, common);
  const words = FORM_WORDS[profile.company.offering];
  const rule = clients.handover;
  const grounds = [
    ...(rule
      ? [`передача клиента${rule.segments ? ` ${rule.segments}` : ''}, привлечённого ${rule.from.ins}, ${rule.to.dat} ${rule.when}`]
      : []),
    'увольнение передающего работника',
    'перевод передающего работника на другую должность',
    ...(profile.processes.clientTransferOnLeave
      ? ['отпуск, временная нетрудоспособность или иное отсутствие передающего работника дольше пяти рабочих дней (передача на время)']
      : []),
    `смена сегмента клиента или перераспределение клиентов решением ${leader.title.gen}`,
  ];
  const pipeline = salesPipeline(crmRoles(common, profile), common, profile);
  return {
    ...common,
    leader,
    blank: BLANKS,
    sign: CURRENCY_SIGNS[profile.currency],
    words,
    grounds: grounds.map(capitalize),
    segments: clients.segments.map((s) => s.name).join(' / '),
    stages: pipeline.stages
      .filter((s) => s.name !== pipeline.lost)
      .map((s) => `«${s.name}»`)
      .join(', '),
    temporary: profile.processes.clientTransferOnLeave,
    records: profile.processes.crm ?? 'учётной базы клиентов',
    hasLeadRegulation: includes(profile, 'lead-regulation'),
    collection: rule
      ? `При передаче клиента ${rule.to.dat} по сделкам, заключённым до передачи, ${rule.from.nom} вместе с ${rule.to.ins} отвечает за поступление оплаты до её полного поступления.`
      : null,
  };
}
