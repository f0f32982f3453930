/** Ids of the pack's documents, as `documents.include` names them. */
export const DOCUMENT_IDS = [
  'charter',
  'job-description',
  'kpi-card',
  'motivation',
  'sales-plan',
  'planning-regulation',
  'crm-regulation',
  'lead-regulation',
  'roadmap',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];
