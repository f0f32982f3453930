/**
 * What a document of the pack is: its id, how it is described to the owner, which positions it is
 * written for, the view its template reads and the template itself. Every document folder exports
 * one `defineDocument(...)`; the registry lists them. The view type `V` ties the view builder to
 * the document: the template-contract test checks every field the template names against the views
 * of every fixture profile, before any pack renders.
 */
import type { Issue } from '../../core/profile/issues.ts';
import type { Profile } from '../../core/profile/schema.ts';

/** How the site and the wizard describe a document; light, so pages list documents without loading them. */
export interface DocumentMeta<Id extends string = string> {
  /** The id `documents.include` names, the file name stem and the first part of every clause id. */
  id: Id;
  /** The kind as a list item or heading: «Должностные инструкции». */
  name: string;
  /** One line on what a document of this kind holds. */
  summary: string;
  /** One document per position (job descriptions, KPI cards) rather than one per pack. */
  perPosition: boolean;
  /** What the document becomes for some companies, said where no sample is shown beside it. */
  variant?: string;
  /**
   * When the document comes into force, as the order that puts the pack into force lists it: on
   * the day it is approved (the default), or with the plan year it is set for (a plan, a KPI card:
   * from 1 January, or from the approval if that falls later in the year).
   */
  inForce?: 'approval' | 'plan-year';
}

/** One built document of the pack, as a document that lists the others sees it. */
export interface ListedModel {
  /** The file name stem: `job-description-manager`. */
  id: string;
  /** The title from the template's front matter: «Должностная инструкция менеджера по продажам». */
  title: string;
  positionId: string | null;
  /** The director approves it («УТВЕРЖДАЮ»); an agreement or a form that is signed instead is not. */
  approved: boolean;
}

/**
 * The documents of the pack the profile includes, in the registry's order, with what was built
 * for each: what the order putting the pack into force lists. Built before the documents that
 * list the pack, which it leaves out.
 */
export type PackListing = ReadonlyArray<{ meta: DocumentMeta; models: readonly ListedModel[] }>;

/**
 * What the pack knows besides the profile, for the documents about the pack itself. Absent when a
 * document is built alone; a view that needs it recomputes what it can.
 */
export interface PackContext {
  /** The profile's warnings as the user was shown them (migration included); null: the view checks the profile again. */
  warnings: readonly Issue[] | null;
  /** The documents the pack holds, in the pack's order (`documents.include`, else the registry's; a view cannot import the registry: it loads the views). */
  documents: ReadonlyArray<DocumentMeta>;
  /** The other documents built, for a document that `listsPack`; absent for the others. */
  listing?: PackListing;
}

/** One document to build: a per-position document has one instance per position. */
export interface DocumentInstance<V extends object = object> {
  /** Unique within the pack; also the file name stem: `job-description-manager`. */
  id: string;
  /** Template name: the file `<name>.md.hbs` in the document's folder. */
  template: string;
  view: V;
  positionId: string | null;
  /** Positions whose employees sign the acknowledgement sheet; null for the whole department. */
  acknowledgeBy: string[] | null;
}

interface SpecParts<Id extends string> {
  meta: DocumentMeta<Id>;
  /** Whether the profile gets this document at all when `documents.include` does not narrow it (default: always). */
  applies?: (profile: Profile) => boolean;
  /** The template's name, or a choice by profile (the CRM regulation becomes recommendations without a CRM). */
  template: string | ((profile: Profile) => string);
  /** Who signs the acknowledgement sheet: by default the position of a per-position document, else everyone. */
  acknowledgeBy?: (profile: Profile, positionId: string | null) => string[] | null;
}

/** One document for the whole pack. */
export interface PackDocumentSpec<V extends object, Id extends string> extends SpecParts<Id> {
  /** The view; a document that `listsPack` finds the other documents built in `context.listing`. */
  view: (profile: Profile, context?: PackContext) => V;
  /** The document lists the others (the order putting the pack into force): it is built after them. */
  listsPack?: boolean;
}

/** One document per position: `positions` picks them (default: every position of the department). */
export interface PositionDocumentSpec<V extends object, Id extends string> extends SpecParts<Id> {
  positions?: (profile: Profile) => string[];
  view: (profile: Profile, positionId: string) => V;
}

export type DocumentSpec<V extends object, Id extends string> = PackDocumentSpec<V, Id> | PositionDocumentSpec<V, Id>;

function isPerPosition<V extends object, Id extends string>(spec: DocumentSpec<V, Id>): spec is PositionDocumentSpec<V, Id> {
  return spec.meta.perPosition;
}

export interface DocumentDefinition<Id extends string = string> {
  meta: DocumentMeta<Id>;
  /** Built after the others, from their listing (`instances` then needs `context.listing`). */
  listsPack: boolean;
  instances(profile: Profile, context?: PackContext): DocumentInstance[];
}

/** A document of the pack from its parts; the view type stays checked inside. */
export function defineDocument<V extends object, const Id extends string>(spec: DocumentSpec<V, Id>): DocumentDefinition<Id> {
  const { meta } = spec;
  const templateFor = (profile: Profile): string => (typeof spec.template === 'string' ? spec.template : spec.template(profile));
  const acknowledgeBy =
    spec.acknowledgeBy ?? ((_profile: Profile, positionId: string | null) => (positionId === null ? null : [positionId]));
  const listsPack = !isPerPosition(spec) && spec.listsPack === true;
  return {
    meta,
    listsPack,
    instances(profile, context) {
      if (spec.applies && !spec.applies(profile)) return [];
      const template = templateFor(profile);
      if (!isPerPosition(spec)) {
        if (listsPack && context?.listing === undefined)
          throw new Error(`${meta.id}: the document lists the pack and needs it built first`);
        const view = spec.view(profile, context);
        return [{ id: meta.id, template, view, positionId: null, acknowledgeBy: acknowledgeBy(profile, null) }];
      }
      const positions = spec.positions?.(profile) ?? profile.department.positions.map((p) => p.id);
      return positions.map((positionId) => ({
        id: `${meta.id}-${positionId}`,
        template,
        view: spec.view(profile, positionId),
        positionId,
        acknowledgeBy: acknowledgeBy(profile, positionId),
      }));
    },
  };
}
