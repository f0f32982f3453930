/**
 * Which unit a reader gives each figure printed with a KPI, read from a document's passages: the
 * figures that follow a KPI's name in its sentence, its table row or its table column, and those of
 * the list items under a clause that begins with the name (the KPI card's «Факт», «Расчёт», «Порог»).
 * A figure's unit is what follows it: a currency sign, «%», «шт.», a noun, «дней»… or nothing.
 */
import type { KpiUnit } from '../../src/core/profile/ids.ts';
import type { Passages } from './passages.ts';

export interface KpiRef {
  name: string;
  /** The units KPIs of this name have in the profile (one, unless two positions name KPIs alike). */
  units: ReadonlySet<KpiUnit>;
}

export interface Violation {
  kpi: string;
  figure: string;
  why: string;
  passage: string;
}

const SIGNS = ['₽', '₸', '₴', 'Br', '$', '€'] as const;
const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

export type Read = 'percent' | 'currency' | 'foreign-currency' | 'pieces' | 'days' | 'hours' | 'minutes' | 'word' | 'bare' | 'skip';

/** What a reader takes the unit of a figure to be, from the text right after it. */
function readUnit(after: string, sign: string): Read {
  const s = after.trimStart();
  if (s.startsWith('%')) return 'percent';
  for (const c of SIGNS) if (s.startsWith(c) && !/^\p{L}/u.test(s.slice(c.length))) return c === sign ? 'currency' : 'foreign-currency';
  if (/^(шт\.|штук\p{L}*)/u.test(s)) return 'pieces';
  if (/^(дн\.|день|дня|дней)(?!\p{L})/u.test(s)) return 'days';
  if (/^(ч\.?|час|часа|часов)(?!\p{L})/u.test(s)) return 'hours';
  if (/^(мин\.?|минута|минуты|минут|минуту)(?!\p{L})/u.test(s)) return 'minutes';
  // Dates, years and periods are not a KPI's figures.
  if (new RegExp(`^(${MONTHS}|г\\.|год\\p{L}*|квартал\\p{L}*|месяц\\p{L}*|недел\\p{L}*|рабоч\\p{L}*|календарн\\p{L}*)`, 'u').test(s))
    return 'skip';
  // A function word or punctuation after the number leaves it bare: «16 на Отдел», «56;».
  if (s === '' || /^(на|в|за|и|или|из|от|до|по|при|с|к|не)(?!\p{L})/u.test(s) || /^[^\p{L}]/u.test(s)) return 'bare';
  return 'word';
}

/** What each unit allows a figure to read as; a percentage is always allowed (weights, thresholds, attainment). */
const ALLOWED: Readonly<Record<KpiUnit, ReadonlySet<Read>>> = {
  currency: new Set(['currency', 'percent', 'skip']),
  count: new Set(['word', 'pieces', 'percent', 'skip']),
  percent: new Set(['percent', 'skip']),
  days: new Set(['days', 'percent', 'skip']),
  hours: new Set(['hours', 'percent', 'skip']),
  minutes: new Set(['minutes', 'percent', 'skip']),
  yesno: new Set(['percent', 'skip']),
};

/** The «Ед. изм.» column's label per unit (the view's unitLabel), so a row that states it may print bare numbers. */
function labelOf(unit: KpiUnit, sign: string): string {
  return { currency: sign, count: 'шт.', percent: '%', days: 'дн.', hours: 'ч', minutes: 'мин', yesno: 'да/нет' }[unit];
}
const ALL_LABELS = (sign: string) => new Set(['₽', '₸', '₴', 'Br', '$', '€', 'шт.', '%', 'дн.', 'ч', 'мин', 'да/нет', sign]);

/** Numbers with grouped thousands and a decimal comma; clause numbers (3.1.) and dates (15.01.2027) are removed first. */
const FIGURE = /(?<![\p{L}\d,.])(\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?(?![\d\p{L}])/gu;
const CLAUSE_OR_DATE = /(?<![\d,])\d+(?:\.\d+)+\.?/g;

/**
 * A count's name heading its row or column says what is counted («Новые клиенты | 96»), as its
 * noun would; a name with anything more in the cell («Новые клиенты (за квартал)») still does.
 * Money, percentages, days, hours and minutes always print their unit.
 */
function labelled(kpi: KpiRef, cell: string): boolean {
  return kpi.units.size === 1 && kpi.units.has('count') && cell.startsWith(kpi.name);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Segment {
  kpi: KpiRef;
  text: string;
  /** Bare numbers are read in the unit the row's «Ед. изм.» cell or the column's header gives. */
  bareOk: boolean;
  passage: string;
}

/** Where the KPIs' names occur in a text, longest names first so that «Выручка» is not found inside «Выручка от допродаж». */
function mentions(text: string, kpis: readonly KpiRef[]): Array<{ kpi: KpiRef; start: number; end: number }> {
  const found: Array<{ kpi: KpiRef; start: number; end: number }> = [];
  for (const kpi of kpis) {
    let i = text.indexOf(kpi.name);
    while (i >= 0) {
      const end = i + kpi.name.length;
      if (!found.some((f) => i < f.end && end > f.start)) found.push({ kpi, start: i, end });
      i = text.indexOf(kpi.name, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A sentence's figures after a name end where the sentence, or the clause it opens, ends: a
 * what-if sentence goes on about the pay («…: K = 77,6 %, премия — 3 491 ₽»), which is no KPI's figure.
 */
function sentenceAfter(text: string): string {
  const lead = /^[».]*\s*/.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const stop = /[.;:](?= |$)|\), /.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

function checkSegment(seg: Segment, sign: string, out: Report): void {
  const text = seg.text.replace(CLAUSE_OR_DATE, ' ');
  const reads = out.reads.get(seg.kpi.name) ?? new Set<Read | 'done'>();
  out.reads.set(seg.kpi.name, reads);
  if (/(?<!\p{L})выполнено(?!\p{L})/u.test(text)) reads.add('done');
  // «Выполнено» is a mark, not a number: it is neither divided nor compared («выполнено / выполнено», «не ниже выполнено»).
  const asNumber = /(?<!\p{L})выполнено\s*[/×]|[/×]\s*(не )?выполнено|(ниже|выше|более|менее|плане|факте) (не )?выполнено/u.exec(text);
  if (seg.kpi.units.has('yesno') && asNumber !== null)
    out.violations.push({
      kpi: seg.kpi.name,
      figure: asNumber[0],
      why: 'a yes/no mark used as a number',
      passage: seg.passage.slice(0, 300),
    });
  for (const m of text.matchAll(FIGURE)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const read = readUnit(after, sign);
    // Years stand alone («в 2027») only as periods.
    if (read === 'bare' && /^(19|20)\d\d$/.test(m[0])) continue;
    reads.add(read);
    const ok = [...seg.kpi.units].some((u) => ALLOWED[u].has(read) || (read === 'bare' && seg.bareOk && u !== 'yesno'));
    const unit = /^\s*(%|₽|₸|₴|Br|\$|€|шт\.|дн\.|\p{L}+)/u.exec(after)?.[1];
    if (unit !== undefined && read !== 'bare' && read !== 'skip') out.figures.push(`${m[0]} ${unit}`);
    if (!ok)
      out.violations.push({
        kpi: seg.kpi.name,
        figure: `${m[0]}${after.slice(0, 12)}`,
        why: `read as ${read}`,
        passage: seg.passage.slice(0, 300),
      });
  }
}

export interface Report {
  /** Figures a reader would take in the wrong unit, or in none. */
  violations: Violation[];
  /** Every figure read with its unit («16 клиентов», «2 400 000 Br»), for finding the same in another format. */
  figures: string[];
  /** KPI name → how its figures read; 'done' where a yes/no KPI's figure reads «выполнено». */
  reads: Map<string, Set<Read | 'done'>>;
}

/** How at least one figure of a KPI must read somewhere in a pack: in its own unit. */
export const OWN_READ: Readonly<Record<KpiUnit, ReadonlyArray<Read | 'done'>>> = {
  currency: ['currency'],
  count: ['word', 'pieces'],
  percent: ['percent'],
  days: ['days'],
  hours: ['hours'],
  minutes: ['minutes'],
  yesno: ['done'],
};

/** The figures printed with the KPIs, and those whose unit a reader would take wrongly, or could not tell. */
export function readKpiFigures(passages: Passages, kpis: readonly KpiRef[], sign: string): Report {
  const out: Report = { violations: [], figures: [], reads: new Map() };
  const labels = ALL_LABELS(sign);

  // Paragraphs: the rest of the sentence after each name; list items under a clause that begins with a name.
  let heading: KpiRef | null = null;
  for (const p of passages.paragraphs) {
    const found = mentions(p.text, kpis);
    if (!p.item) {
      const body = p.text.replace(/^\d+(\.\d+)*\.\s*/, '');
      heading = found.find((f) => f.start === p.text.length - body.length)?.kpi ?? null;
    } else if (heading !== null && found.length === 0) {
      checkSegment({ kpi: heading, text: p.text, bareOk: false, passage: p.text }, sign, out);
      continue;
    }
    found.forEach((f, i) => {
      const next = found[i + 1]?.start ?? p.text.length;
      checkSegment({ kpi: f.kpi, text: sentenceAfter(p.text.slice(f.end, next)), bareOk: false, passage: p.text }, sign, out);
    });
  }

  /**
   * The KPI a cell names: its name alone, or with its period («Новые клиенты (за квартал)»). A plan
   * line named after its own definition («Валовая маржа (24 % выручки)», «Валовая маржа (Б)») is not
   * the KPI of that name.
   */
  const cellKpi = (cell: string): KpiRef | null =>
    kpis.find((k) => cell === k.name || new RegExp(`^${escapeRegExp(k.name)} \\(за [^)]*\\)$`, 'u').test(cell)) ?? null;

  for (const row of passages.rows) {
    const cells = row.cells[0] !== undefined && /^\d+$/.test(row.cells[0]) ? row.cells.slice(1) : row.cells;
    const header = row.cells === cells ? row.header : row.header.slice(1);
    // A row of one KPI: the cells after the name's, up to the next name.
    const named = cells.map(cellKpi);
    named.forEach((kpi, i) => {
      if (kpi === null) return;
      let end = named.findIndex((k, j) => j > i && k !== null);
      if (end < 0) end = cells.length;
      const rest = cells.slice(i + 1, end);
      const unitCell = rest.find((c) => labels.has(c));
      if (unitCell !== undefined && ![...kpi.units].some((u) => labelOf(u, sign) === unitCell)) {
        out.violations.push({ kpi: kpi.name, figure: unitCell, why: 'unit column names another unit', passage: cells.join(' | ') });
      }
      const bareOk = unitCell !== undefined || labelled(kpi, cells[i] ?? '');
      const inName = sentenceAfter((cells[i] ?? '').slice((cells[i] ?? '').indexOf(kpi.name) + kpi.name.length));
      for (const text of [inName, ...rest]) checkSegment({ kpi, text, bareOk, passage: cells.join(' | ') }, sign, out);
    });
    // A column of one KPI: its header names it, and a count's name says what is counted. A table
    // whose first header names a KPI («Новые клиенты | В месяц | За год») holds that KPI's figures.
    if (named.some((k) => k !== null)) continue;
    const caption = cellKpi(row.header[0] ?? '');
    header.forEach((h, i) => {
      const own = cellKpi(h);
      const kpi = own ?? (i > 0 || row.cells !== cells ? caption : null);
      const cell = cells[i];
      if (kpi === null || cell === undefined) return;
      checkSegment(
        { kpi, text: cell, bareOk: labelled(kpi, own !== null ? h : (row.header[0] ?? '')), passage: `${h}: ${cell}` },
        sign,
        out,
      );
    });
  }
  return out;
}
