/**
 * The firm's catalogs: catalogs/roles.yaml, kpis.yaml, reports.yaml and duties.yaml, each a
 * mapping by id (an entry may leave out its `id`: the key is it). Entries are validated by the
 * built-in catalogs' schemas (src/core/firm/catalogs.ts) and every problem names its line.
 */
import path from 'node:path';
import type * as z from 'zod';
import {
  FirmDutiesSchema,
  FirmKpiSchema,
  FirmReportSchema,
  FirmRoleSchema,
  isBuiltInKpi,
  isBuiltInReport,
  type FirmCatalogs,
  type FirmKpi,
  type FirmRole,
} from '../../core/firm/catalogs.ts';
import type { OverrideProblem } from '../../core/firm/overrides.ts';
import type { ReportEntry } from '../../core/profile/catalog-schema.ts';
import { REPORT_IDS, ROLE_IDS } from '../../core/profile/ids.ts';
import { profileErrorMap } from '../../core/profile/messages.ts';
import { parseYamlFile, readOptional, type YamlFile } from './yaml-file.ts';

type Problems = OverrideProblem[];

async function readCatalogFile(dir: string, name: string, problems: Problems): Promise<YamlFile | null> {
  const file = path.join(dir, 'catalogs', name);
  const text = await readOptional(file);
  if (text === null) return null;
  const parsed = parseYamlFile(text, file);
  if (Array.isArray(parsed)) {
    problems.push(...parsed);
    return null;
  }
  if (parsed.value === null || parsed.value === undefined) return null;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file, line: 1, message: 'каталог — набор записей по идентификатору («id:» и поля записи под ним)' });
    return null;
  }
  return parsed;
}

/** Each entry of a catalog file through `schema`, its key as its id. */
function entries<S extends z.ZodType>(file: YamlFile, schema: S, problems: Problems): Array<[string, z.output<S>]> {
  const out: Array<[string, z.output<S>]> = [];
  for (const [key, raw] of Object.entries(file.value as Record<string, unknown>)) {
    const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !('id' in raw) ? { id: key, ...raw } : raw;
    const parsed = schema.safeParse(value, { error: profileErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        problems.push({
          file: file.file,
          line: file.lineOf([key, ...issuePath]),
          message: `${[key, ...issuePath].join('.')}: ${issue.message}`,
        });
      }
      continue;
    }
    const entry = parsed.data as { id: string };
    if (entry.id !== key) {
      problems.push({ file: file.file, line: file.lineOf([key, 'id']), message: `${key}.id: id "${entry.id}" под ключом "${key}"` });
      continue;
    }
    out.push([key, parsed.data]);
  }
  return out;
}

export async function loadCatalogs(dir: string): Promise<{ catalogs: FirmCatalogs; problems: Problems }> {
  const problems: Problems = [];
  const rolesFile = await readCatalogFile(dir, 'roles.yaml', problems);
  const kpisFile = await readCatalogFile(dir, 'kpis.yaml', problems);
  const reportsFile = await readCatalogFile(dir, 'reports.yaml', problems);
  const dutiesFile = await readCatalogFile(dir, 'duties.yaml', problems);

  const roles: Record<string, FirmRole> = Object.fromEntries(rolesFile ? entries(rolesFile, FirmRoleSchema, problems) : []);
  const knownRoles = new Set<string>([...ROLE_IDS, ...Object.keys(roles)]);

  const kpis: Record<string, FirmKpi> = {};
  for (const [id, kpi] of kpisFile ? entries(kpisFile, FirmKpiSchema, problems) : []) {
    const file = kpisFile as YamlFile;
    const unknownRole = kpi.roles.findIndex((r) => !knownRoles.has(r));
    if (unknownRole !== -1) {
      problems.push({
        file: file.file,
        line: file.lineOf([id, 'roles', unknownRole]),
        message: `${id}.roles: нет роли «${kpi.roles[unknownRole]}» ни в каталоге opkit, ни в catalogs/roles.yaml`,
      });
      continue;
    }
    if (!isBuiltInKpi(id) && kpi.derives !== null) {
      // A new indicator enters the profile as a custom one, whose plan the profile gives.
      problems.push({
        file: file.file,
        line: file.lineOf([id, 'derives']),
        message: `${id}.derives: свой показатель не выводит план из раздела plan профиля — укажите derives: null, а план задайте в профиле (plan)`,
      });
      continue;
    }
    kpis[id] = kpi;
  }

  const reports: Record<string, ReportEntry> = {};
  if (reportsFile) {
    // A new report id cannot be used yet: the report forms and the regulation write each report's rows.
    for (const key of Object.keys(reportsFile.value as Record<string, unknown>)) {
      if (!isBuiltInReport(key)) {
        problems.push({
          file: reportsFile.file,
          line: reportsFile.lineOf([key]),
          message: `отчёт «${key}»: свой каталог отчётов может только заменить отчёт opkit (${REPORT_IDS.join(', ')}); новые виды отчётов не поддерживаются`,
        });
      }
    }
    for (const [id, report] of entries(reportsFile, FirmReportSchema, problems)) reports[id] = report;
  }

  const duties: Record<string, Record<string, string>> = {};
  if (dutiesFile) {
    const parsed = FirmDutiesSchema.safeParse(dutiesFile.value, { error: profileErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        problems.push({ file: dutiesFile.file, line: dutiesFile.lineOf(issuePath), message: `${issuePath.join('.')}: ${issue.message}` });
      }
    } else {
      for (const [role, list] of Object.entries(parsed.data)) {
        if (!knownRoles.has(role)) {
          problems.push({
            file: dutiesFile.file,
            line: dutiesFile.lineOf([role]),
            message: `нет роли «${role}» ни в каталоге opkit (${ROLE_IDS.join(', ')}), ни в catalogs/roles.yaml`,
          });
          continue;
        }
        duties[role] = list;
      }
    }
  }
  return { catalogs: { roles, kpis, reports, duties }, problems };
}
