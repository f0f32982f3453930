/**
 * The pack's consistency check: every check over the built models of the whole pack, run by
 * generatePack after the models exist. Errors stop generation (ConsistencyError); warnings go
 * into manifest.json beside the profile's.
 */
import { clauseEntries } from '../model/clauses.ts';
import type { Issue } from '../profile/issues.ts';
import { checkApprovals } from './approvals.ts';
import { checkCountry } from './country.ts';
import { checkCounts } from './counts.ts';
import { checkCrm } from './crm.ts';
import { checkDates } from './dates.ts';
import { checkDuties } from './duties.ts';
import { checkEntrepreneur } from './entrepreneur.ts';
import { checkFormulas } from './formulas.ts';
import { checkFunnel } from './funnel.ts';
import { checkKpiPay } from './kpi-pay.ts';
import { downgradeKnown } from './known.ts';
import { checkReferences } from './references.ts';
import { checkSources } from './sources.ts';
import { checkSummary } from './summary.ts';
import { checkUnits } from './units.ts';
import type { Finding, PackCheck, PackInput, Place } from './types.ts';
import { checkWording } from './wording.ts';

export { ConsistencyError, isConsistencyError } from './types.ts';
export type { Finding, PackCheck, PackInput, Place } from './types.ts';

export const PACK_CHECKS: Readonly<Record<string, PackCheck>> = {
  dates: checkDates,
  references: checkReferences,
  counts: checkCounts,
  wording: checkWording,
  formulas: checkFormulas,
  country: checkCountry,
  crm: checkCrm,
  funnel: checkFunnel,
  'kpi-pay': checkKpiPay,
  duties: checkDuties,
  sources: checkSources,
  units: checkUnits,
  entrepreneur: checkEntrepreneur,
  approvals: checkApprovals,
  summary: checkSummary,
};

/** Every finding of every check, errors first, each check's in document order; places carry titles and numbers. */
export function checkPack(pack: PackInput, checks: Readonly<Record<string, PackCheck>> = PACK_CHECKS): Finding[] {
  const all = downgradeKnown(Object.values(checks).flatMap((check) => check(pack)));
  const titles = new Map(pack.models.map((m) => [m.meta.id, m.meta.title]));
  // Clause numbers of the documents the findings name only: numbering a whole pack is a third of the check's time.
  const named = new Set(all.flatMap((f) => f.where.filter((p) => p.clause).map((p) => p.document)));
  const numbers = new Map(
    pack.models
      .filter((m) => named.has(m.meta.id))
      .flatMap((m) => clauseEntries(m).map((e) => [`${m.meta.id}|${e.id}`, e.number] as const)),
  );
  const placed = all.map((f) => ({
    ...f,
    where: f.where.map((p) => ({
      ...p,
      title: titles.get(p.document) ?? p.document,
      number: p.clause ? (numbers.get(`${p.document}|${p.clause}`) ?? null) : null,
    })),
  }));
  return [...placed.filter((f) => f.severity === 'error'), ...placed.filter((f) => f.severity === 'warning')];
}

/** «План продаж на 2027 год» (sales-plan), п. 3.1. [sales-plan.clients.new-clients]; … */
export function formatPlaces(where: readonly Place[]): string {
  return where
    .map((p) => {
      const doc = `«${p.title ?? p.document}» (${p.document})`;
      if (!p.clause) return doc;
      return `${doc}, ${p.number ? `п. ${p.number} ` : ''}[${p.clause}]`;
    })
    .join('; ');
}

/** A finding in the profile's issue shape: the place is its path, the code names the check. */
export function findingIssue(finding: Finding): Issue {
  return { path: formatPlaces(finding.where), message: finding.message, severity: finding.severity, code: `consistency-${finding.check}` };
}
