/** Names of the pack's working documents, as the charter lists them. */
import type { Profile } from '../../core/profile/schema.ts';
import { includes } from './include.ts';
import type { CommonView } from './common.ts';

export function packDocumentTitles(profile: Profile, common: CommonView): string[] {
  const out: string[] = ['настоящее Положение'];
  if (includes(profile, 'segmentation')) out.push('Сегментация клиентов и стратегия продаж');
  if (includes(profile, 'commercial-policy')) out.push('Коммерческая политика');
  if (includes(profile, 'sales-standard')) out.push('Стандарт продаж');
  if (includes(profile, 'job-description')) {
    const titles = common.positions.filter((p) => includes(profile, 'job-description', p.id)).map((p) => p.title.lc.gen);
    out.push(`должностные инструкции: ${titles.join(', ')}`);
  }
  if (includes(profile, 'kpi-card')) out.push('карты ключевых показателей эффективности (KPI) по должностям');
  if (includes(profile, 'motivation')) out.push('Положение о мотивации работников Отдела');
  if (includes(profile, 'sales-plan')) out.push(`План продаж на ${profile.plan.year} год`);
  if (includes(profile, 'planning-regulation')) out.push('Регламент планирования и отчётности');
  if (profile.processes.crm && includes(profile, 'crm-regulation')) out.push(`Регламент работы в ${profile.processes.crm}`);
  if (includes(profile, 'lead-regulation')) out.push('Регламент обработки заявок и передачи клиентов');
  if (includes(profile, 'report-forms')) out.push('Формы отчётов и совещаний');
  if (includes(profile, 'handover-act')) out.push('форма Акта передачи клиента');
  if (includes(profile, 'onboarding-plan')) {
    const titles = common.positions.filter((p) => includes(profile, 'onboarding-plan', p.id)).map((p) => p.title.lc.gen);
    out.push(`Планы адаптации: ${titles.join(', ')}`);
  }
  return out;
}
