import { describe, expect, test } from 'vitest';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { errorsOf, get, reference, set, unset } from './helpers.ts';

describe('positions', () => {
  test('a repeated id names the first holder', () => {
    const p = set(reference(), 'department.positions[3].id', 'manager');
    expect(errorsOf(p)).toContain(
      'department.positions[3].id: id "manager" уже занят должностью department.positions[1]; id должностей не должны повторяться',
    );
  });

  test('reportsTo must name a position or director, with a guess for a typo', () => {
    const p = set(reference(), 'department.positions[1].reportsTo', 'rpo');
    expect(errorsOf(p)).toEqual([
      'department.positions[1].reportsTo: нет должности с id "rpo" (возможно, имелось в виду "rop"); укажите id одной из должностей (rop, manager, account, lead) или director',
    ]);
  });

  test('a position reporting to itself is a cycle of one', () => {
    const p = set(reference(), 'department.positions[2].reportsTo', 'account');
    expect(errorsOf(p)).toEqual(['department.positions[2].reportsTo: цикл подчинения: должность account подчиняется сама себе']);
  });

  test('a longer cycle is reported once, from its first position', () => {
    const p = reference();
    set(p, 'department.positions[0].reportsTo', 'lead');
    set(p, 'department.positions[3].reportsTo', 'manager');
    expect(errorsOf(p)).toEqual(['department.positions[0].reportsTo: цикл подчинения: rop → lead → manager → rop']);
  });

  test('"director" is not a position id', () => {
    const p = set(reference(), 'department.positions[0].id', 'director');
    expect(errorsOf(p)).toContain('department.positions[0].id: id "director" зарезервирован для руководителя компании; выберите другой id');
  });

  test('an id must be a latin slug', () => {
    const p = set(reference(), 'department.positions[3].id', 'Лид');
    expect(errorsOf(p)[0]).toMatch(/^department\.positions\[3\]\.id: id должен состоять из строчных латинских букв/);
  });

  test('more employees than seats', () => {
    const p = set(reference(), 'department.positions[0].employees', ['Соколова М. И.', 'Петров А. В.']);
    expect(errorsOf(p)).toEqual(['department.positions[0].employees: указано сотрудников: 2, а штатная численность (headcount) 1']);
  });

  test('a custom role needs its own duties', () => {
    const p = set(reference(), 'department.positions[3].role', 'custom');
    expect(errorsOf(p)).toEqual([
      'department.positions[3].duties: для должности с role: custom перечислите обязанности в duties: каталог их не знает',
    ]);
  });

  test('revenue shares may not exceed 100 % in total', () => {
    const p = set(reference(), 'department.positions[1].revenueSharePct', 80);
    expect(errorsOf(p)).toContain('department.positions: сумма revenueSharePct по должностям 110 %, не может превышать 100 %');
  });

  test('when shares take all the revenue, a position left without a share cannot derive its plan', () => {
    const p = set(reference(), 'department.positions[2].revenueSharePct', 100);
    expect(errorsOf(p)).toEqual([
      'kpis[1].items[0].plan: личный план выручки должности "manager" не из чего вывести: доли revenueSharePct других должностей уже составляют 100 %; уменьшите их или укажите plan',
    ]);
    set(p, 'kpis[1].items[0].plan', 3500000);
    expect(errorsOf(p)).toEqual([]);
  });
});

describe('KPIs', () => {
  test('weights of a position sum to exactly 100', () => {
    const p = set(reference(), 'kpis[1].items[0].weight', 50);
    expect(errorsOf(p)).toEqual(['kpis[1].items: сумма весов 90 %, должна быть 100 %']);
    set(p, 'kpis[1].items[0].weight', 60.5);
    expect(errorsOf(p)).toEqual(['kpis[1].items: сумма весов 100,5 %, должна быть 100 %']);
  });

  test('an unknown KPI id lists the allowed ones', () => {
    const p = set(reference(), 'kpis[2].items[1].kpi', 'retention');
    const [error] = errorsOf(p);
    expect(error).toMatch(
      /^kpis\[2\]\.items\[1\]\.kpi: недопустимое значение "retention"; допустимы: revenue, new-clients, meetings-set, /,
    );
    expect(error).toMatch(/, custom$/);
  });

  test('a catalog KPI that has no derivation needs a plan', () => {
    const p = unset(reference(), 'kpis[1].items[2].plan');
    expect(errorsOf(p)).toEqual([
      'kpis[1].items[2].plan: план показателя «Просроченная дебиторская задолженность» (overdue-receivables) не выводится из раздела plan: укажите plan — плановое значение на одного сотрудника за период',
    ]);
  });

  test('a custom KPI needs name, unit and plan', () => {
    const p = set(reference(), 'kpis[3].items[1]', { kpi: 'custom', weight: 30, period: 'month' });
    expect(errorsOf(p)).toEqual([
      'kpis[3].items[1].name: для собственного показателя (kpi: custom) укажите название в поле name',
      'kpis[3].items[1].unit: для собственного показателя (kpi: custom) укажите единицу в поле unit: currency, count, percent, days, hours, minutes или yesno',
      'kpis[3].items[1].plan: для собственного показателя (kpi: custom) укажите плановое значение в поле plan: собственный показатель не выводится из плана отдела',
    ]);
  });

  test('unit and direction of a catalog KPI come from the catalog', () => {
    const p = set(reference(), 'kpis[1].items[0].unit', 'currency');
    expect(errorsOf(p)).toEqual([
      'kpis[1].items[0].unit: поле unit задаётся только для kpi: custom; у показателя revenue оно берётся из каталога',
    ]);
  });

  test('the same KPI twice with the same period and scope', () => {
    const p = reference();
    set(p, 'kpis[1].items[1]', { kpi: 'revenue', weight: 20, period: 'month' });
    expect(errorsOf(p)).toEqual(['kpis[1].items[1].kpi: показатель revenue с тем же периодом и охватом уже есть в items[0]']);
  });

  test('kpis entries refer to existing positions, one entry each', () => {
    const p = reference();
    set(p, 'kpis[3].position', 'leads');
    set(p, 'kpis[2].position', 'manager');
    expect(errorsOf(p)).toEqual([
      'kpis[2].position: для должности "manager" KPI уже заданы в kpis[1]; у должности одна запись',
      'kpis[3].position: нет должности с id "leads" (возможно, имелось в виду "lead"); должности: rop, manager, account, lead',
      'motivation[2].scheme: схема revenue-percent начисляет процент от плана выручки, а у должности "account" нет KPI revenue в kpis',
      'motivation[3].scheme: схема kpi-bonus считает премию по KPI, а для должности "lead" нет записи в kpis: добавьте её или выберите другую схему',
    ]);
  });

  test('a derived new-clients plan needs plan.newClients above zero', () => {
    const p = set(reference(), 'plan.newClients', 0);
    expect(errorsOf(p)).toEqual([
      'kpis[0].items[1].plan: план показателя «Новые клиенты» (new-clients) выводится из plan.newClients, а он равен 0: укажите plan',
      'kpis[1].items[1].plan: план показателя «Новые клиенты» (new-clients) выводится из plan.newClients, а он равен 0: укажите plan',
    ]);
  });
});

describe('motivation', () => {
  test('an unknown scheme lists the allowed ones', () => {
    const p = set(reference(), 'motivation[0].scheme', 'bonus');
    expect(errorsOf(p)).toEqual([
      'motivation[0].scheme: недопустимое значение "bonus"; допустимы: kpi-bonus, revenue-percent, salary-only',
    ]);
  });

  test('a missing scheme is a missing field', () => {
    const p = unset(reference(), 'motivation[0].scheme');
    expect(errorsOf(p)).toEqual([
      'motivation[0].scheme: обязательное поле не заполнено; допустимы: kpi-bonus, revenue-percent, salary-only',
    ]);
  });

  test('a curve going back is reported at the point', () => {
    const p = set(reference(), 'motivation[0].curve', [
      [0, 0],
      [80, 0],
      [79, 80],
      [100, 100],
    ]);
    expect(errorsOf(p)).toEqual([
      'motivation[0].curve[2][0]: процент выполнения 79 меньше, чем в предыдущей точке (80): точки кривой перечисляются по возрастанию процента выполнения',
    ]);
  });

  test('a curve point must be a pair of non-negative numbers', () => {
    const p = reference();
    set(p, 'motivation[1].curve', [[0, 0], [100], [120, -5]]);
    expect(errorsOf(p)).toEqual([
      'motivation[1].curve[1]: точка кривой записывается парой чисел [процент выполнения, значение], например [100, 100]',
      'motivation[1].curve[2][1]: должно быть не меньше 0, указано: число -5',
    ]);
  });

  test('an empty curve', () => {
    const p = set(reference(), 'motivation[0].curve', []);
    expect(errorsOf(p)).toEqual(['motivation[0].curve: список не должен быть пустым']);
  });

  test('motivation entries refer to existing positions, one entry each', () => {
    const p = set(reference(), 'motivation[3].position', 'rop');
    expect(errorsOf(p)).toEqual([
      'motivation[3].position: для должности "rop" схема мотивации уже задана в motivation[0]; у должности одна запись',
    ]);
  });
});

describe('other fields', () => {
  test('the ИНН length follows the country, and a lost leading zero is explained', () => {
    const p = set(reference(), 'company.inn', 274123456);
    expect(errorsOf(p)).toEqual([
      'company.inn: ИНН для страны RU состоит из 10 или 12 цифр, указано 9; если номер начинается с нуля, заключите его в кавычки',
    ]);
    set(p, 'company.inn', '66-71');
    expect(errorsOf(p)).toEqual(['company.inn: номер должен состоять только из цифр, например "6671234567"']);
  });

  test('seasonality needs 12 months', () => {
    const p = set(reference(), 'plan.seasonality', [50, 50]);
    expect(errorsOf(p)).toEqual(['plan.seasonality: список должен содержать ровно 12 элементов']);
  });

  test('seasonality within 0,01 of 100 passes', () => {
    const p = set(
      reference(),
      'plan.seasonality',
      Array.from({ length: 12 }, () => 8.333),
    );
    expect(errorsOf(p)).toEqual([]);
  });

  test('an unknown report id lists the allowed ones', () => {
    const p = set(reference(), 'processes.reports', ['daily-activity', 'weekly-plan']);
    expect(errorsOf(p)).toEqual([
      'processes.reports[1]: недопустимое значение "weekly-plan"; допустимы: daily-activity, weekly-pipeline, monthly-plan-fact, quarterly-review, receivables-report, lead-report',
    ]);
  });

  test('weekly accepts a weekday in English or Russian, false or null', () => {
    const weekly = (value: unknown) => {
      const result = validateProfile(set(reference(), 'processes.meetings.weekly', value));
      return result.ok ? result.profile.processes.meetings.weekly : result.errors.map((e) => e.message);
    };
    expect(weekly('Friday')).toBe('friday');
    expect(weekly('пятницу')).toBe('friday');
    expect(weekly(false)).toBeNull();
    expect(weekly(null)).toBeNull();
    expect(weekly('funday')).toEqual([
      'недопустимое значение "funday"; укажите день недели (monday, tuesday, wednesday, thursday, friday, saturday, sunday) или false, если еженедельной планёрки нет',
    ]);
    expect(weekly(true)).toEqual([
      'укажите день недели (monday, tuesday, wednesday, thursday, friday, saturday, sunday) или false, если еженедельной планёрки нет',
    ]);
  });

  test('approvalDate is normalised to YYYY-MM-DD from a date, an ISO string or DD.MM.YYYY', () => {
    const date = (value: unknown) => {
      const result = validateProfile(set(reference(), 'documents.approvalDate', value));
      return result.ok ? result.profile.documents.approvalDate : result.errors.map((e) => e.message);
    };
    expect(date(new Date(Date.UTC(2027, 0, 15)))).toBe('2027-01-15');
    expect(date('2027-01-15')).toBe('2027-01-15');
    expect(date('15.01.2027')).toBe('2027-01-15');
    expect(date('2027-02-29')).toEqual([
      'нет такой даты: "2027-02-29"; дата записывается как ГГГГ-ММ-ДД (например, 2027-01-15) или ДД.ММ.ГГГГ',
    ]);
  });

  test('documents may be absent or empty: every setting takes its default', () => {
    const defaults = { include: null, approvalDate: null, font: 'Times New Roman', fontSize: 12, overrides: [] };
    for (const value of [undefined, null, {}]) {
      const p = reference();
      if (value === undefined) unset(p, 'documents');
      else set(p, 'documents', value);
      const result = validateProfile(p);
      expect(result.ok && result.profile.documents).toEqual(defaults);
    }
  });

  test('an unknown field is an error with a guess at the intended one', () => {
    const p = set(reference(), 'plan.seasonalty', get(reference(), 'plan.seasonality'));
    expect(errorsOf(p)).toEqual(['plan: неизвестное поле "seasonalty" (возможно, опечатка в "seasonality")']);
  });

  test('an unknown field with no close match lists the allowed fields', () => {
    const p = set(reference(), 'processes.meetings.yearly', true);
    expect(errorsOf(p)).toEqual([
      'processes.meetings: неизвестное поле "yearly" (возможно, опечатка); допустимые поля: daily, weekly, monthly',
    ]);
  });

  test('the locale is ru-RU only', () => {
    const p = set(reference(), 'locale', 'en-US');
    expect(errorsOf(p)).toEqual(['locale: должно быть ru-RU, указано: текст "en-US"']);
  });

  test('text where a number belongs, a fraction where an integer belongs, yes where a boolean belongs', () => {
    const p = reference();
    set(p, 'department.positions[1].headcount', 4.5);
    set(p, 'plan.grossMarginPct', '28,5');
    set(p, 'processes.meetings.daily', 'yes');
    expect(errorsOf(p)).toEqual([
      'department.positions[1].headcount: ожидается целое число, получено: число 4,5',
      'plan.grossMarginPct: ожидается число, получено: текст "28,5" (число пишется без пробелов и кавычек, дробная часть — через точку: 28.5)',
      'processes.meetings.daily: ожидается true или false, получено: текст "yes"',
    ]);
  });
});

describe('all problems at once', () => {
  test('three unrelated problems give three errors', () => {
    const p = reference();
    set(p, 'kpis[1].items[0].weight', 50);
    set(p, 'plan.seasonality[0]', 5);
    set(p, 'department.positions[1].salary', 0);
    expect(errorsOf(p)).toEqual([
      'department.positions[1].salary: должно быть больше 0, указано: число 0',
      'plan.seasonality: сумма долей по месяцам 99 %, должна быть 100 % (допускается расхождение до 0,01)',
      'kpis[1].items: сумма весов 90 %, должна быть 100 %',
    ]);
  });

  test('cross-field rules still run next to type errors in the same section', () => {
    const p = reference();
    set(p, 'department.positions[1].salary', 'пятьдесят тысяч');
    set(p, 'department.positions[0].reportsTo', 'manager');
    set(p, 'kpis[1].items[1].kpi', 'new-client');
    set(p, 'kpis[1].items[0].weight', 50);
    set(p, 'motivation[3].position', 'leadgen');
    expect(errorsOf(p)).toEqual([
      'department.positions[1].salary: ожидается число, получено: текст "пятьдесят тысяч"',
      'department.positions[0].reportsTo: цикл подчинения: rop → manager → rop',
      'kpis[1].items[1].kpi: недопустимое значение "new-client" (возможно, имелось в виду "new-clients"); допустимы: revenue, new-clients, meetings-set, overdue-receivables, repeat-purchase-rate, gross-profit, gross-margin, average-deal, lead-conversion, calls, proposals-sent, active-clients, deal-cycle-days, lead-response-time, win-rate, crm-discipline, meetings-held, upsell-revenue, qualified-leads, cost-per-lead, custom',
      'kpis[1].items: сумма весов 90 %, должна быть 100 %',
      'motivation[3].position: нет должности с id "leadgen"; должности: rop, manager, account, lead',
    ]);
  });
});
