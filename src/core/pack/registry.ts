/**
 * The documents of the pack: which template each uses, for which profiles it applies, and how
 * its view is built. One entry can yield several documents (one per position).
 */
import type { Profile } from '../profile/schema.ts';
import { buildCharterView } from '../views/charter.ts';
import { buildJobDescriptionView, jobDescriptionPositions } from '../views/job-description.ts';
import { buildKpiCardView, kpiCardPositions } from '../views/kpi-card.ts';
import { buildMotivationView } from '../views/motivation.ts';
import { buildSalesPlanView } from '../views/sales-plan.ts';
import { buildPlanningRegulationView } from '../views/planning-regulation.ts';
import { buildRoadmapView } from '../views/roadmap.ts';
import { buildCrmRegulationView } from '../views/crm-regulation.ts';
import { buildLeadRegulationView } from '../views/lead-regulation.ts';
import type { DocumentId } from './document-ids.ts';

export interface DocumentInstance {
  /** Unique within the pack; also the file name stem. */
  id: string;
  template: string;
  view: object;
  positionId: string | null;
  /** Positions whose employees sign the acknowledgement sheet; null for the whole department. */
  acknowledgeBy: string[] | null;
}

export interface DocumentDefinition {
  /** The id `documents.include` refers to. */
  id: DocumentId;
  instances(profile: Profile): DocumentInstance[];
}

export const DOCUMENTS: readonly DocumentDefinition[] = [
  {
    id: 'charter',
    instances: (profile) => [
      { id: 'charter', template: 'charter', view: buildCharterView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
  {
    id: 'job-description',
    instances: (profile) =>
      jobDescriptionPositions(profile).map((positionId) => ({
        id: `job-description-${positionId}`,
        template: 'job-description',
        view: buildJobDescriptionView(profile, positionId),
        positionId,
        acknowledgeBy: [positionId],
      })),
  },
  {
    id: 'kpi-card',
    instances: (profile) =>
      kpiCardPositions(profile).map((positionId) => ({
        id: `kpi-card-${positionId}`,
        template: 'kpi-card',
        view: buildKpiCardView(profile, positionId),
        positionId,
        acknowledgeBy: [positionId],
      })),
  },
  {
    id: 'motivation',
    instances: (profile) => [
      { id: 'motivation', template: 'motivation', view: buildMotivationView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
  {
    id: 'sales-plan',
    instances: (profile) => [
      { id: 'sales-plan', template: 'sales-plan', view: buildSalesPlanView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
  {
    id: 'planning-regulation',
    instances: (profile) => [
      { id: 'planning-regulation', template: 'planning-regulation', view: buildPlanningRegulationView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
  {
    id: 'crm-regulation',
    instances: (profile) => [
      {
        id: 'crm-regulation',
        template: profile.processes.crm ? 'crm-regulation' : 'crm-recommendation',
        view: buildCrmRegulationView(profile),
        positionId: null,
        acknowledgeBy: null,
      },
    ],
  },
  {
    id: 'lead-regulation',
    instances: (profile) => [
      { id: 'lead-regulation', template: 'lead-regulation', view: buildLeadRegulationView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
  {
    id: 'roadmap',
    instances: (profile) => [
      { id: 'roadmap', template: 'roadmap', view: buildRoadmapView(profile), positionId: null, acknowledgeBy: null },
    ],
  },
];
