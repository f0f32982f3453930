/**
 * Every weighted KPI affects pay: a KPI card that gives an indicator a weight promises it counts.
 * Under a KPI bonus every weight enters K, so a card or the motivation text saying the indicators
 * «на размер премии не влияют» contradicts the scheme (error). Under a revenue percentage or a
 * salary only, the scheme itself ignores the weights: the text says so honestly, but the weights
 * mean nothing for pay (warning: the profile should weigh only what is paid, or change the scheme).
 * A margin bonus must be computed on the actual margin: based on the planned rate it ignores it (error).
 */
import { revenueItemIndex } from '../math/plans.ts';
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const NO_EFFECT = /на\sразмер\s(?:премии|заработной\sплаты[^.]{0,20})\sне\sвлия/u;
/** A margin bonus whose base is the planned margin rate: the seller's discounts would not touch his pay. */
const PLANNED_MARGIN_BASE = /[Бб]аз\p{L}*\sпремии[^.;]*(?:по\sплановой\s(?:валовой\s)?марж|плановой\s(?:валовой\s)?марж\p{L}*\sКомпании)/u;

export const checkKpiPay: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  for (const passage of models.filter((m) => m.meta.id === 'motivation').flatMap(passages)) {
    if (!PLANNED_MARGIN_BASE.test(passage.text)) continue;
    findings.push({
      check: 'kpi-pay',
      severity: 'error',
      message:
        'премия от маржи считается по плановой марже, а не по фактической: скидки работника не уменьшают его премию, и показатель маржи на оплату не влияет',
      where: [{ document: passage.document, clause: passage.clause }],
    });
  }
  for (const entry of profile.kpis) {
    const position = profile.department.positions.find((p) => p.id === entry.position);
    const motivation = profile.motivation.find((m) => m.position === entry.position);
    if (!position || !motivation) continue;
    const weighted = entry.items.map((item, index) => ({ item, index })).filter(({ item }) => item.weight > 0);
    const card = models.find((m) => m.meta.id === `kpi-card-${entry.position}`);
    const cardPlace = { document: card?.meta.id ?? `kpi-card-${entry.position}`, clause: null };
    if (motivation.scheme === 'kpi-bonus') {
      for (const model of [card, models.find((m) => m.meta.id === 'motivation')]) {
        if (!model) continue;
        for (const passage of passages(model)) {
          // The motivation covers every position: only its passages naming this one count.
          if (model.meta.id === 'motivation' && !passage.text.includes(position.title)) continue;
          if (!NO_EFFECT.test(passage.text)) continue;
          findings.push({
            check: 'kpi-pay',
            severity: 'error',
            message: `у должности «${position.title}» премия зависит от KPI-коэффициента, а текст говорит, что показатели на неё не влияют`,
            where: [{ document: passage.document, clause: passage.clause }],
          });
        }
      }
      continue;
    }
    const paid = motivation.scheme === 'revenue-percent' ? revenueItemIndex(entry.items) : null;
    const ignored = weighted.filter(({ index }) => index !== paid);
    if (ignored.length === 0) continue;
    const motivationModel = models.find((m) => m.meta.id === 'motivation');
    findings.push({
      check: 'kpi-pay',
      severity: 'warning',
      message: `у должности «${position.title}» ${ignored.length === 1 ? 'показатель' : 'показатели'} с весом (${ignored
        .map(({ item }) => `${item.kpi} — ${item.weight} %`)
        .join(', ')}) не ${ignored.length === 1 ? 'влияет' : 'влияют'} на оплату: схема «${motivation.scheme}» их не учитывает`,
      where: [cardPlace, ...(motivationModel ? [{ document: 'motivation', clause: null }] : [])],
    });
  }
  return findings;
};
