/**
 * Pieces the planning regulation and the roadmap share: who leads the department (the head of
 * sales or, without one, the director), CRM-aware wording, the positions holding a catalog role.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { joinAnd } from '../../core/text/names.ts';
import type { CommonView, PositionView, TitleView } from './common.ts';

/** The head of sales, or the director standing in for one. */
export interface LeaderView {
  title: TitleView;
  isDirector: boolean;
}

export function leaderOf(common: CommonView): LeaderView {
  return common.head ? { title: common.head.title, isDirector: false } : { title: common.director.position, isDirector: true };
}

/** Positions of the profile holding a catalog role, in profile order. */
export function positionsWithRole(common: CommonView, role: string): PositionView[] {
  return common.positions.filter((p) => p.role === role);
}

/** «Менеджер по продажам и Менеджер по работе с ключевыми клиентами» for a role, or null. */
export function titlesWithRole(common: CommonView, role: string): string | null {
  const list = positionsWithRole(common, role).map((p) => p.title.nom);
  return list.length ? joinAnd(list) : null;
}

/**
 * Catalog wording that says «CRM» made to fit the company: its CRM's name, or the client base.
 * One pass over the text, so a name that itself contains «CRM» («1С:CRM») is never replaced again.
 */
export function crmWording(text: string, profile: Profile): string {
  const crm = profile.processes.crm;
  return text.replace(/(?:(?<!\p{L})(отчёт |из |в ))?(?<![\p{L}\d])CRM(?![\p{L}\d])/gu, (_m, before: string | undefined) => {
    if (crm) return `${before ?? ''}${crm}`;
    if (before === 'отчёт ') return 'отчёт из учётной базы клиентов';
    if (before === 'из ') return 'из учётной базы клиентов';
    if (before === 'в ') return 'в учётной базе клиентов';
    return 'учётной базы клиентов';
  });
}
