/**
 * The documents of the pack, in the pack's order. Each entry is the document's meta (light: the
 * site and the wizard list documents from it) and a loader of its definition (views, prose and
 * catalog code load only when a pack is built). Adding a document: a folder with `meta.ts`,
 * `index.ts` and its template, one import and one entry here (docs/architecture.md).
 */
import type { DocumentDefinition, DocumentMeta } from './shared/define.ts';
import { meta as charter } from './charter/meta.ts';
import { meta as commercialPolicy } from './commercial-policy/meta.ts';
import { meta as contractAddendum } from './contract-addendum/meta.ts';
import { meta as crmRegulation } from './crm-regulation/meta.ts';
import { meta as jobDescription } from './job-description/meta.ts';
import { meta as kpiCard } from './kpi-card/meta.ts';
import { meta as leadRegulation } from './lead-regulation/meta.ts';
import { meta as motivation } from './motivation/meta.ts';
import { meta as ownerSummary } from './owner-summary/meta.ts';
import { meta as order } from './order/meta.ts';
import { meta as planningRegulation } from './planning-regulation/meta.ts';
import { meta as reportForms } from './report-forms/meta.ts';
import { meta as handoverAct } from './handover-act/meta.ts';
import { meta as onboardingPlan } from './onboarding-plan/meta.ts';
import { meta as roadmap } from './roadmap/meta.ts';
import { meta as salesPlan } from './sales-plan/meta.ts';
import { meta as salesStandard } from './sales-standard/meta.ts';
import { meta as segmentation } from './segmentation/meta.ts';

export interface RegistryEntry<Id extends string = string> {
  meta: DocumentMeta<Id>;
  load: () => Promise<{ default: DocumentDefinition<Id> }>;
}

function entry<const Id extends string>(
  meta: DocumentMeta<Id>,
  load: () => Promise<{ default: DocumentDefinition<Id> }>,
): RegistryEntry<Id> {
  return { meta, load };
}

export const DOCUMENTS = [
  entry(ownerSummary, () => import('./owner-summary/index.ts')),
  entry(order, () => import('./order/index.ts')),
  entry(charter, () => import('./charter/index.ts')),
  entry(segmentation, () => import('./segmentation/index.ts')),
  entry(commercialPolicy, () => import('./commercial-policy/index.ts')),
  entry(salesStandard, () => import('./sales-standard/index.ts')),
  entry(jobDescription, () => import('./job-description/index.ts')),
  entry(kpiCard, () => import('./kpi-card/index.ts')),
  entry(motivation, () => import('./motivation/index.ts')),
  entry(contractAddendum, () => import('./contract-addendum/index.ts')),
  entry(salesPlan, () => import('./sales-plan/index.ts')),
  entry(planningRegulation, () => import('./planning-regulation/index.ts')),
  entry(crmRegulation, () => import('./crm-regulation/index.ts')),
  entry(leadRegulation, () => import('./lead-regulation/index.ts')),
  entry(reportForms, () => import('./report-forms/index.ts')),
  entry(handoverAct, () => import('./handover-act/index.ts')),
  entry(onboardingPlan, () => import('./onboarding-plan/index.ts')),
  entry(roadmap, () => import('./roadmap/index.ts')),
] as const;

/** A document id as `documents.include` names it. */
export type DocumentId = (typeof DOCUMENTS)[number]['meta']['id'];

/** Ids of the pack's documents, in the pack's order. */
export const DOCUMENT_IDS: readonly DocumentId[] = DOCUMENTS.map((d) => d.meta.id);

/** Every document's meta, in the pack's order. */
export const DOCUMENT_METAS: readonly DocumentMeta<DocumentId>[] = DOCUMENTS.map((d) => d.meta);

/** The definitions of the given registry entries (every document by default), loaded on first use. */
export async function loadDefinitions(entries: readonly RegistryEntry[] = DOCUMENTS): Promise<DocumentDefinition[]> {
  return Promise.all(entries.map(async (e) => (await e.load()).default));
}
