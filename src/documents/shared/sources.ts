/**
 * One source per figure (profile-v2.md, «One source of truth»): revenue, payments and margin come
 * from the accounting system (processes.accounting), leads, meetings, proposals and the pipeline
 * from the CRM (or the client base the company keeps without one). The KPI catalog speaks of «1С»
 * and «CRM»; every document names the company's own systems through this module, so the KPI
 * cards, the motivation regulation and the CRM regulation agree.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { withCrm } from './plan-values.ts';

export interface SourceName {
  nom: string;
  gen: string;
  /** After «в»: «учётной системе Компании», or the name. */
  loc: string;
  /** The name comes from the profile (user text), not from us. */
  named: boolean;
}

/** The accounting system: its name as the profile gives it, else the company's accounting system. */
export function accountingSource(profile: Profile): SourceName {
  const name = profile.processes.accounting;
  return name === null
    ? { nom: 'учётная система Компании', gen: 'учётной системы Компании', loc: 'учётной системе Компании', named: false }
    : { nom: name, gen: name, loc: name, named: true };
}

/** The CRM by its name, else the client base kept without one. */
export function crmSource(profile: Profile): SourceName {
  const crm = profile.processes.crm;
  return crm === null
    ? { nom: 'учётная база клиентов', gen: 'учётной базы клиентов', loc: 'учётной базе клиентов', named: false }
    : { nom: crm, gen: crm, loc: crm, named: true };
}

/** The catalog's «1С» as a standalone word: not a part of a name such as «1С:CRM». */
const ONE_C = /(?<![\p{L}\d:])1[СC](?![\p{L}\d:])/gu;

/** A catalog text with «1С» and «CRM» replaced by the company's systems. User text is never passed here. */
export function withSources(text: string, profile: Profile): string {
  const accounting = accountingSource(profile).nom;
  // The CRM first: an accounting system's own name may contain «CRM» and must stay as it is.
  return withCrm(text, profile.processes.crm).replace(ONE_C, () => accounting);
}

/** A source named by the accounting system, the one that confirms money facts. */
export function isAccountingSource(source: string, profile: Profile): boolean {
  return source === accountingSource(profile).nom || /(?<![\p{L}\d])1[СC](?![\p{L}\d])|бухгалтер/iu.test(source);
}
