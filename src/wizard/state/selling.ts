/**
 * The state behind the «Как вы продаёте» step. A business field the user has not edited stays
 * out of the draft (null), so the profile keeps meaning «the default» and the default follows
 * what it depends on (the units follow the offering, the segments the average deal). The step
 * shows the defaults filled in; the first edit of a section writes the section out, defaults and
 * edit together, and from then on it stays as written.
 */
import {
  defaultChannels,
  defaultCommercialPolicy,
  defaultHandover,
  defaultSegments,
  defaultUnits,
  headPosition,
  type PositionRef,
} from '../../core/profile/business-defaults.ts';
import { OFFERINGS, type Offering } from '../../core/profile/ids.ts';
import type { Draft } from './draft.ts';
import { getAt, type Path, setAt } from './paths.ts';

/** The sections the step writes out whole on their first edit. */
export const SELLING_SECTIONS = [
  ['company', 'channels'],
  ['company', 'units'],
  ['clients', 'segments'],
  ['clients', 'handover'],
  ['clients', 'commercialPolicy'],
] as const satisfies readonly Path[];
export type SellingSection = (typeof SELLING_SECTIONS)[number];

/** What the defaults read, taken from a draft that may be half typed. */
export function positionRefs(draft: Draft): PositionRef[] {
  const positions = Array.isArray(draft.department?.positions) ? draft.department.positions : [];
  return positions.flatMap((p) => (typeof p?.id === 'string' && typeof p.role === 'string' ? [{ id: p.id, role: p.role }] : []));
}

export function offeringOf(draft: Draft): Offering {
  const value = draft.company?.offering;
  return (OFFERINGS as readonly unknown[]).includes(value) ? (value as Offering) : 'goods';
}

function averageDeal(draft: Draft): number {
  const deal = draft.plan?.funnel?.averageDeal;
  return typeof deal === 'number' && deal > 0 ? deal : 0;
}

/** The segments in force: the draft's own, else the default ones (handover defaults name them). */
function segmentsOf(draft: Draft): ReadonlyArray<{ id: string }> {
  const own = draft.clients?.segments;
  return Array.isArray(own) ? own.filter((s) => typeof s?.id === 'string') : defaultSegments(positionRefs(draft), averageDeal(draft));
}

/** The default value of a section for this draft. */
export function sectionDefault(draft: Draft, section: SellingSection): unknown {
  const positions = positionRefs(draft);
  switch (section[1]) {
    case 'channels':
      return defaultChannels(positions);
    case 'units':
      return defaultUnits(offeringOf(draft), typeof draft.company?.legalForm === 'string' ? draft.company.legalForm : '');
    case 'segments':
      return defaultSegments(positions, averageDeal(draft));
    case 'handover':
      return defaultHandover(positions, segmentsOf(draft));
    case 'commercialPolicy':
      return defaultCommercialPolicy(positions);
  }
}

/** Whether the draft leaves the section to its default (absent or null). */
export const isDefault = (draft: Draft, section: SellingSection): boolean => getAt(draft, section) == null;

const sectionOf = (path: Path): SellingSection | null =>
  SELLING_SECTIONS.find((section) => section.every((part, i) => path[i] === part)) ?? null;

/** The draft as the step shows it: every section left to its default filled with that default. */
export function withDefaults(draft: Draft): Draft {
  let shown = draft;
  for (const section of SELLING_SECTIONS) {
    if (isDefault(draft, section)) shown = setAt(shown, section, sectionDefault(draft, section));
  }
  return shown;
}

/** Writes out the section under `path` if it is still the default, so an edit starts from what was shown. */
export function materialize(draft: Draft, path: Path): Draft {
  const section = sectionOf(path);
  if (section === null || !isDefault(draft, section)) return draft;
  return setAt(draft, section, structuredClone(sectionDefault(draft, section)));
}

/** An edit made on the step: the section becomes the user's, then the value goes in. */
export const editSelling = (draft: Draft, path: Path, value: unknown): Draft => setAt(materialize(draft, path), path, value);

/** Back to the default: the section leaves the draft and follows what it depends on again. */
export function resetSection(draft: Draft, section: SellingSection): Draft {
  const owner = getAt(draft, section.slice(0, 1));
  if (owner === null || typeof owner !== 'object') return draft;
  return setAt(draft, section, undefined);
}

/** Turning the hand-over on: the default rule, or (when the default is none) seller → head. */
export function startHandover(draft: Draft): Draft {
  const positions = positionRefs(draft);
  const suggested = defaultHandover(positions, segmentsOf(draft));
  if (suggested !== false) return setAt(draft, ['clients', 'handover'], suggested);
  const to = headPosition(positions) ?? positions[positions.length - 1]?.id ?? '';
  const from = positions.find((p) => p.id !== to)?.id ?? to;
  return setAt(draft, ['clients', 'handover'], { from, to, when: 'first-payment', afterMonths: null, segments: null });
}

/** Sum of channel shares typed so far (text not yet a number counts as 0). */
export function channelShareTotal(draft: Draft): number {
  const channels = withDefaults(draft).company?.channels;
  return (Array.isArray(channels) ? channels : []).reduce((sum, c) => sum + (typeof c?.sharePct === 'number' ? c.sharePct : 0), 0);
}

/** A new channel of a type not yet used, with what is left of the 100 %. */
export function addChannel(draft: Draft, type: string): Draft {
  const shown = withDefaults(draft).company?.channels ?? [];
  const left = Math.max(0, 100 - channelShareTotal(draft));
  const channel = { type, sharePct: left, owner: headPosition(positionRefs(draft)) };
  return setAt(materialize(draft, ['company', 'channels']), ['company', 'channels'], [...shown, channel]);
}

/** A new segment below the others: the next letter, served like the last one. */
export function addSegment(draft: Draft): Draft {
  const shown = withDefaults(draft).clients?.segments ?? [];
  const taken = shown.map((s) => s.id);
  const letter = 'abcdefghijklmnopqrstuvwxyz'.split('').find((l) => !taken.includes(l)) ?? `s${taken.length + 1}`;
  const last = shown[shown.length - 1];
  const segment = {
    id: letter,
    name: `${letter.toUpperCase()} — `,
    minAnnualRevenue: 0,
    owner: last?.owner ?? positionRefs(draft)[0]?.id ?? '',
    contactEveryDays: 90,
  };
  return setAt(materialize(draft, ['clients', 'segments']), ['clients', 'segments'], [...shown, segment]);
}

/** Removes a segment and its mention in the hand-over rule. */
export function removeSegment(draft: Draft, index: number): Draft {
  const shown = withDefaults(draft).clients?.segments ?? [];
  const removed = shown[index]?.id;
  let next = setAt(
    materialize(draft, ['clients', 'segments']),
    ['clients', 'segments'],
    shown.filter((_, i) => i !== index),
  );
  const handover = next.clients?.handover;
  if (handover && Array.isArray(handover.segments) && removed !== undefined) {
    const kept = handover.segments.filter((id) => id !== removed);
    next = setAt(next, ['clients', 'handover', 'segments'], kept.length > 0 ? kept : null);
  }
  return next;
}
