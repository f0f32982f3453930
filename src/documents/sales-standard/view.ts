/**
 * «Стандарт продаж»: the funnel stages of this offering with entry and exit criteria (the shared
 * pipeline, the same stages the CRM regulation sets up), the activity norms per position (the
 * math's `activityNorms`: the profile's, the KPI plan's or the reverse funnel's, 21 working days),
 * the qualification checklist and the outlines of the first contact by channel, the needs
 * meeting, objections and closing, by offering.
 */
import { activityNorms, funnelCheck, WORKING_DAYS_PER_MONTH, type Norm, type NormSource } from '../../core/math/index.ts';
import { companyChannels } from '../../core/business/units.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney } from '../../core/text/format.ts';
import { countNoun, GENITIVE_NOUNS, NOUNS } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { crmRoles, staleDaysGen, type CrmRoles } from '../shared/crm-roles.ts';
import { includes } from '../shared/include.ts';
import { salesPipeline, type Pipeline, type StageRow } from '../shared/pipeline.ts';
import { CHANNEL_OPENING } from './channel-prose.ts';
import { B2C_CHECKLIST, OFFERING_STANDARD, type Objection } from './offering-prose.ts';

export interface NormRow {
  title: string;
  calls: string;
  meetings: string;
  proposals: string;
  basis: string;
}

export interface SalesStandardView extends CommonView {
  roles: CrmRoles;
  /** Column head of the stage: «Этап (статус в Битрикс24)» or the journal's. */
  stageHead: string;
  stages: StageRow[];
  others: Pipeline[];
  qualificationStage: string;
  lostStage: string;
  meetingGen: string;
  /** The meetings in the genitive plural: «встреч», «демонстраций». */
  meetingsGenPl: string;
  norms: NormRow[];
  meetingsHead: string;
  proposalsHead: string;
  meetingRule: string;
  won: string;
  /** «21 рабочий день». */
  days: string;
  /** «14 дней», after «более». */
  staleGen: string;
  /** Some norm derives from the reverse funnel: the derivation is stated with its figures. */
  derived: {
    need: string;
    deals: string;
    meetings: string;
    leads: string;
  } | null;
  /** Some norm comes from a KPI plan. */
  fromKpi: boolean;
  checklist: string[];
  openings: Array<{ id: string; text: string }>;
  meetingName: string;
  meetingSteps: string[];
  objections: Objection[];
  closing: string[];
  hasLeadRegulation: boolean;
  hasPlanningRegulation: boolean;
  hasCommercialPolicy: boolean;
  hasCrmRegulation: boolean;
}

const BASIS: Record<NormSource, string> = {
  profile: 'норма Компании',
  kpi: 'по плану показателя',
  funnel: 'по обратной воронке',
};

const cell = (n: Norm | null) => (n === null ? '—' : String(n.value));

function basisOf(norms: Array<Norm | null>): string {
  const sources = [...new Set(norms.filter((n): n is Norm => n !== null).map((n) => n.source))];
  return sources.map((s) => BASIS[s]).join('; ');
}

export function buildSalesStandardView(profile: Profile): SalesStandardView {
  const common = buildCommonView(profile);
  const roles = crmRoles(common, profile);
  const pipeline = salesPipeline(roles, common, profile);
  const prose = OFFERING_STANDARD[profile.company.offering];
  const norms = activityNorms(profile);
  const all = norms.flatMap((n) => [n.calls, n.meetings, n.proposals]);
  const check = funnelCheck(profile);
  const title = (id: string) => common.positions.find((p) => p.id === id)?.title.nom ?? id;
  const response = `не позднее ${countNoun(profile.processes.leadResponseMinutes, GENITIVE_NOUNS.minute)}`;
  return {
    ...common,
    roles,
    stageHead: common.crm ? `Этап (статус в ${common.crm})` : 'Этап (отметка в журнале продаж)',
    stages: pipeline.stages,
    others: pipeline.others,
    qualificationStage: pipeline.qualification,
    lostStage: pipeline.lost,
    meetingGen: pipeline.meetingGen,
    meetingsGenPl: prose.meetingForms.many,
    norms: norms.map((n) => ({
      title: title(n.position),
      calls: cell(n.calls),
      meetings: cell(n.meetings),
      proposals: cell(n.proposals),
      basis: basisOf([n.calls, n.meetings, n.proposals]),
    })),
    meetingsHead: prose.meetingsHead,
    proposalsHead: prose.proposalsHead,
    meetingRule: prose.meetingRule,
    won: prose.won,
    days: countNoun(WORKING_DAYS_PER_MONTH, { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' }),
    staleGen: staleDaysGen(profile),
    derived: all.some((n) => n?.source === 'funnel')
      ? {
          need: formatMoney(check.need, profile.currency),
          deals: countNoun(check.required.deals, NOUNS.deal),
          meetings: countNoun(check.required.meetings, prose.meetingForms),
          leads: countNoun(check.required.leads, { one: 'обращение', few: 'обращения', many: 'обращений' }),
        }
      : null,
    fromKpi: all.some((n) => n?.source === 'kpi'),
    checklist: profile.company.salesModel === 'b2c' ? [...B2C_CHECKLIST] : prose.checklist,
    openings: companyChannels(profile).map((c) => ({
      id: c.type,
      text: CHANNEL_OPENING[c.type]({ response, meetingGen: pipeline.meetingGen, callReason: prose.callReason }),
    })),
    meetingName: prose.meeting.name,
    meetingSteps: prose.meeting.steps,
    objections: prose.objections,
    closing: prose.closing,
    hasLeadRegulation: includes(profile, 'lead-regulation'),
    hasPlanningRegulation: includes(profile, 'planning-regulation'),
    hasCommercialPolicy: includes(profile, 'commercial-policy'),
    hasCrmRegulation: common.crm !== null && includes(profile, 'crm-regulation'),
  };
}
