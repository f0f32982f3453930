/**
 * Rules of profile v2 that join sections: who runs a channel, serves a segment, takes clients
 * over or approves discounts must be a position of the department; a team lead leads someone and
 * only a position with a group has a group plan; probation stays within the country's law.
 */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { closest } from '../say.ts';
import { looseBoolean, looseList, looseNumber, looseString, rule, type Report } from './rule.ts';

const PositionView = z.object({
  id: looseString,
  role: looseString,
  reportsTo: looseString,
  probationMonths: looseNumber,
  deputyDirector: looseBoolean,
});

const BusinessView = z.object({
  company: z
    .object({
      country: looseString,
      channels: looseList(z.object({ owner: looseString }))
        .nullable()
        .catch(null),
    })
    .catch({ country: null, channels: null }),
  department: z.object({ positions: looseList(PositionView) }).catch({ positions: [] }),
  kpis: looseList(z.object({ position: looseString, items: looseList(z.object({ scope: looseString })) })),
  clients: z
    .object({
      segments: looseList(z.object({ id: looseString, owner: looseString }))
        .nullable()
        .catch(null),
      handover: z
        .object({
          from: looseString,
          to: looseString,
          when: looseString,
          afterMonths: looseNumber,
          segments: looseList(looseString).nullable().catch(null),
        })
        .nullable()
        .catch(null),
      commercialPolicy: z
        .object({ discounts: looseList(z.object({ position: looseString })), creditApprover: looseString })
        .nullable()
        .catch(null),
    })
    .nullable()
    .catch(null),
  processes: z
    .object({
      activityNorms: looseList(z.object({ position: looseString }))
        .nullable()
        .catch(null),
    })
    .catch({ activityNorms: null }),
});
type View = z.output<typeof BusinessView>;

/** The labour codes' longest probation: RU, KZ and BY allow 3 months, 6 for a deputy of the organisation's head. */
const PROBATION_LIMITS: Record<string, { usual: number; deputy: number; law: string }> = {
  RU: { usual: 3, deputy: 6, law: 'Трудовой кодекс РФ' },
  KZ: { usual: 3, deputy: 6, law: 'Трудовой кодекс Республики Казахстан' },
  BY: { usual: 3, deputy: 6, law: 'Трудовой кодекс Республики Беларусь' },
};

export const businessRules = rule(BusinessView, (p, report) => {
  const ids = p.department.positions.flatMap((pos) => (pos?.id == null ? [] : [pos.id]));
  if (ids.length === 0) return;
  const refer = (path: ReadonlyArray<string | number>, id: string | null, code: Parameters<Report>[1], allowDirector: boolean) => {
    if (id === null || ids.includes(id) || (allowDirector && id === 'director')) return;
    const hint = closest(id, ids);
    report(
      path,
      code,
      `нет должности с id "${id}"${hint === null ? '' : ` (возможно, имелось в виду "${hint}")`}; должности: ${ids.join(', ')}${allowDirector ? ' или director' : ''}`,
    );
  };
  p.company.channels?.forEach((c, i) => refer(['company', 'channels', i, 'owner'], c?.owner ?? null, CODES.channelOwnerUnknown, false));
  p.clients?.segments?.forEach((s, i) => refer(['clients', 'segments', i, 'owner'], s?.owner ?? null, CODES.segmentOwnerUnknown, false));
  const handover = p.clients?.handover;
  if (handover) {
    refer(['clients', 'handover', 'from'], handover.from, CODES.handoverPositionUnknown, false);
    refer(['clients', 'handover', 'to'], handover.to, CODES.handoverPositionUnknown, false);
    // Without segments of its own the profile gets the default A, B, C.
    const segmentIds = p.clients?.segments?.flatMap((seg) => (seg?.id == null ? [] : [seg.id])) ?? ['a', 'b', 'c'];
    handover.segments?.forEach((id, i) => {
      if (id === null || segmentIds.includes(id)) return;
      report(
        ['clients', 'handover', 'segments', i],
        CODES.handoverSegmentUnknown,
        `нет сегмента с id "${id}"; сегменты: ${segmentIds.join(', ')}`,
      );
    });
    if (handover.when === 'after-months' && handover.afterMonths === null) {
      report(
        ['clients', 'handover', 'afterMonths'],
        CODES.handoverMonthsMissing,
        'для when: after-months укажите afterMonths — через сколько месяцев передаётся клиент',
      );
    }
  }
  const policy = p.clients?.commercialPolicy;
  policy?.discounts.forEach((d, i) =>
    refer(['clients', 'commercialPolicy', 'discounts', i, 'position'], d?.position ?? null, CODES.policyPositionUnknown, true),
  );
  if (policy) refer(['clients', 'commercialPolicy', 'creditApprover'], policy.creditApprover, CODES.policyPositionUnknown, true);
  p.processes.activityNorms?.forEach((n, i) =>
    refer(['processes', 'activityNorms', i, 'position'], n?.position ?? null, CODES.activityNormPositionUnknown, false),
  );
  checkGroups(p, report);
  checkProbation(p, report);
});

function checkGroups(p: View, report: Report): void {
  const positions = p.department.positions;
  const led = (id: string | null) => id !== null && positions.some((pos) => pos?.reportsTo === id);
  positions.forEach((pos, i) => {
    if (pos?.role === 'team-lead' && !led(pos.id)) {
      report(
        ['department', 'positions', i, 'role'],
        CODES.teamLeadWithoutGroup,
        `руководитель группы "${pos.id}" никем не руководит: укажите reportsTo: ${pos.id} у менеджеров его группы или выберите другую роль`,
      );
    }
  });
  p.kpis.forEach((entry, k) => {
    entry?.items.forEach((item, j) => {
      if (item?.scope !== 'group' || led(entry.position)) return;
      report(
        ['kpis', k, 'items', j, 'scope'],
        CODES.groupScopeOutsideTeamLead,
        `план группы (scope: group) есть только у должности, которой подчиняются менеджеры; у "${entry.position}" подчинённых нет: выберите personal или department`,
      );
    });
  });
}

function checkProbation(p: View, report: Report): void {
  const limits = PROBATION_LIMITS[p.company.country ?? ''];
  if (limits === undefined) return;
  p.department.positions.forEach((pos, i) => {
    const months = pos?.probationMonths;
    if (months == null) return;
    const max = pos?.deputyDirector === true ? limits.deputy : limits.usual;
    if (months > max) {
      report(
        ['department', 'positions', i, 'probationMonths'],
        CODES.probationTooLong,
        `испытательный срок не может быть больше ${max} мес. (${limits.law})${pos?.deputyDirector === true ? '' : `; 6 месяцев допускаются для заместителя руководителя организации — отметьте deputyDirector: true, если это так`}`,
      );
    }
  });
}
