/**
 * What a job description needs to know about one position and its surroundings: the catalog
 * role, the superior, the other seats of the department, the company's CRM, meetings, reports
 * and KPIs. Built once per document and passed to the duty, right and relationship builders.
 */
import { positionRole, type RoleView } from '../../core/catalog.ts';
import type { KpiItem, Position, Profile } from '../../core/profile/schema.ts';
import type { Category, RoleId } from '../../core/profile/ids.ts';
import { countNoun, GENITIVE_NOUNS } from '../../core/text/plural.ts';
import { buildCommonView, findHead, type CommonView, type PositionView, type TitleView } from '../shared/common.ts';
import { weekdayPhrase } from '../charter/view.ts';
import { accountingSource, type SourceName } from '../shared/sources.ts';

export interface JobContext {
  profile: Profile;
  common: CommonView;
  position: Position;
  view: PositionView;
  role: RoleId | 'custom';
  /** The catalog entry (a firm's own role for a custom seat that names one); null for a custom role. */
  catalog: RoleView | null;
  category: Category;
  /** Positions reporting to this one. */
  subordinates: PositionView[];
  superior: TitleView;
  superiorIsDirector: boolean;
  director: TitleView;
  /** This position heads the department. */
  isHead: boolean;
  /** Who leads the department: the head of sales, or the director when there is none. */
  leader: TitleView;
  /** Every other position of the department. */
  others: PositionView[];
  crm: string | null;
  /** «в Битрикс24», «в учётной базе клиентов». */
  crmLoc: string;
  /** The accounting system, the source of revenue and payments: its name, or «учётная система Компании». */
  accounting: SourceName;
  kpiItems: KpiItem[];
  meetings: { daily: boolean; weekly: string | null; monthly: boolean };
  /** «не позднее 15 минут». */
  leadResponse: string;
  clientTransferOnLeave: boolean;
}

/** «не позднее 15 минут», «не позднее 21 минуты». */
export function leadResponsePhrase(minutes: number): string {
  return `не позднее ${countNoun(minutes, GENITIVE_NOUNS.minute)}`;
}

export function buildJobContext(profile: Profile, positionId: string, common: CommonView = buildCommonView(profile)): JobContext {
  const position = profile.department.positions.find((p) => p.id === positionId);
  const view = common.positions.find((p) => p.id === positionId);
  if (!position || !view) throw new Error(`no position ${positionId}`);
  const catalog = positionRole(position);
  const head = findHead(profile);
  const headView = head ? (common.positions.find((p) => p.id === head.id) ?? null) : null;
  const isHead = head?.id === position.id;
  const { processes } = profile;
  return {
    profile,
    common,
    position,
    view,
    role: position.role,
    catalog,
    category: position.category ?? catalog?.category ?? 'специалист',
    subordinates: common.positions.filter((p) => profile.department.positions.find((q) => q.id === p.id)?.reportsTo === position.id),
    superior: view.reportsTo,
    superiorIsDirector: view.reportsToDirector,
    director: common.director.position,
    isHead,
    leader: headView && !isHead ? headView.title : common.director.position,
    others: common.positions.filter((p) => p.id !== position.id),
    crm: processes.crm,
    crmLoc: common.crmLoc,
    accounting: accountingSource(profile),
    kpiItems: profile.kpis.find((k) => k.position === position.id)?.items ?? [],
    meetings: { daily: processes.meetings.daily, weekly: weekdayPhrase(processes.meetings.weekly), monthly: processes.meetings.monthly },
    leadResponse: leadResponsePhrase(processes.leadResponseMinutes),
    clientTransferOnLeave: processes.clientTransferOnLeave,
  };
}

/** The first other position of the department with the given catalog role. */
export function otherWithRole(ctx: JobContext, role: RoleId): PositionView | null {
  return ctx.others.find((p) => p.role === role) ?? null;
}
