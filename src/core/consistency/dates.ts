/**
 * Dates: nothing the pack prints as a deadline or event falls before the day the pack is approved,
 * and the roadmap's steps run in order. A period («с 1 января по 31 декабря 2027 г.») may start
 * before approval (a plan year covers the approval day), unless it is a document's term of force
 * («Карта действует … с 1 января»: nothing is in force before it is approved); its end may not. Dates
 * of laws («Федеральный закон от 07.06.2025 № 144-ФЗ») are history, not the pack's schedule.
 */
import { passages, tables } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** «20 декабря 2026 г.», «1 января» (year from context), «20.12.2026». */
const DATE = new RegExp(
  `(?:(\\d{1,2})\\s(${MONTHS.join('|')})(?:\\s(\\d{4})(?:\\sг\\.|\\sгода)?)?)|(?:\\b(\\d{2})\\.(\\d{2})\\.(\\d{4})\\b)`,
  'g',
);

export interface FoundDate {
  /** As printed. */
  text: string;
  /** YYYY-MM-DD, comparable as a string. */
  iso: string;
  index: number;
  end: number;
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Every date of a text; a date without a year takes the next year printed after it, else `year`. */
export function findDates(text: string, year: number): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const index = m.index ?? 0;
    if (m[1] !== undefined && m[2] !== undefined) {
      // «с 1 января по 31 декабря 2027 г.»: the first date takes the year of the next one.
      const later = /\d{4}(?=\sг\.|\sгода)/.exec(text.slice(index + m[0].length));
      const y = m[3] !== undefined ? Number(m[3]) : later ? Number(later[0]) : year;
      out.push({ text: m[0], iso: iso(y, MONTHS.indexOf(m[2]) + 1, Number(m[1])), index, end: index + m[0].length });
    } else {
      out.push({ text: m[0], iso: iso(Number(m[6]), Number(m[5]), Number(m[4])), index, end: index + m[0].length });
    }
  }
  return out;
}

/** A law's date or the date a law took effect: not part of the pack's schedule. */
function isLegal(text: string, date: FoundDate): boolean {
  return /от\s$/.test(text.slice(Math.max(0, date.index - 3), date.index)) || /закон|-ФЗ|№/i.test(text.slice(date.end, date.end + 80));
}

/** A document's own term («Карта действует … с A по B»): it cannot be in force before it is approved. */
const IN_FORCE = /(?:действу|вступа\p{L}*\sв\sсилу|применя)\p{L}*[^.]*$/u;

/** The start of a plan's period «с A по B»: it may precede the approval (not a document's term of force). */
function isPeriodStart(text: string, date: FoundDate): boolean {
  return (
    /(?:^|[\s(])с\s$/.test(text.slice(Math.max(0, date.index - 3), date.index)) &&
    /^\s(?:по|до)\s/.test(text.slice(date.end, date.end + 4)) &&
    !IN_FORCE.test(text.slice(0, date.index))
  );
}

const ruDate = (isoDate: string): string => isoDate.split('-').reverse().join('.');

/** The roadmap's step periods, «с 01.02.2027 по 12.02.2027», row by row. */
const STEP = /с\s(\d{2})\.(\d{2})\.(\d{4})\sпо\s(\d{2})\.(\d{2})\.(\d{4})/;

export const checkDates: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  const approval = profile.documents.approvalDate;
  const seen = new Set<string>();
  for (const model of models) {
    if (approval !== null) {
      for (const passage of passages(model)) {
        if (passage.kind === 'approval') continue;
        for (const date of findDates(passage.text, profile.plan.year)) {
          if (date.iso >= approval || isLegal(passage.text, date) || isPeriodStart(passage.text, date)) continue;
          const key = `${passage.clause}|${date.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push({
            check: 'dates',
            severity: 'error',
            message: `дата «${date.text}» раньше даты утверждения документов (${ruDate(approval)}): к моменту утверждения срок уже прошёл`,
            where: [{ document: passage.document, clause: passage.clause }],
          });
        }
      }
    }
    if (!model.meta.id.startsWith('roadmap')) continue;
    for (const table of tables(model)) {
      let previous: { start: string; step: string } | null = null;
      for (const row of table.rows) {
        const cell = row.find((c) => STEP.test(c));
        const m = cell === undefined ? null : STEP.exec(cell);
        if (!m) continue;
        const start = iso(Number(m[3]), Number(m[2]), Number(m[1]));
        const end = iso(Number(m[6]), Number(m[5]), Number(m[4]));
        const step = row[0] ?? '';
        const where = [{ document: table.document, clause: table.id ?? table.section }];
        if (end < start) {
          findings.push({
            check: 'dates',
            severity: 'error',
            message: `мероприятие № ${step} заканчивается (${ruDate(end)}) раньше, чем начинается (${ruDate(start)})`,
            where,
          });
        }
        if (previous && start < previous.start) {
          findings.push({
            check: 'dates',
            severity: 'error',
            message: `мероприятие № ${step} начинается (${ruDate(start)}) раньше предыдущего мероприятия № ${previous.step} (${ruDate(previous.start)}): порядок шагов нарушен`,
            where,
          });
        }
        previous = { start, step };
      }
    }
  }
  return findings;
};
