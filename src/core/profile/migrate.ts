/**
 * Brings a profile written for an older schema version up to the current one. A profile is never
 * rejected for its age; a profile from a newer opkit is, because its meaning is unknown here.
 */
import { CODES } from './codes.ts';
import { issue, type Issue } from './issues.ts';
import { v1ToV2, type Warn } from './migrations/v1-to-v2.ts';
import { CURRENT_SCHEMA_VERSION } from './version.ts';

type RawProfile = Record<string, unknown>;

/** One step: turns a profile of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, for the release notes and the migration log. */
  summary: string;
  /** The profile one version up; `warn` tells the user what the step read differently, with the field's path. */
  up: (raw: RawProfile, warn: Warn) => RawProfile;
}

/** Every step from the first released version to the current one, oldest first. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    from: 1,
    summary:
      'Версия 2: как продаёт компания (offering, channels, units), роли team-lead и tender-specialist, единицы KPI, gross-profit и gross-margin, клиенты и коммерческая политика',
    up: v1ToV2,
  },
];

export type MigrationResult =
  | { ok: true; data: RawProfile; fromVersion: number; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** Reads `schemaVersion` and applies the migrations up to `current`. Never throws for bad input. */
export function migrateProfile(
  raw: unknown,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [issue('error', CODES.notMapping, '', 'профиль должен быть объектом (набором полей)')],
      warnings: [],
    };
  }
  const warnings: Issue[] = [];
  let data: RawProfile = { ...raw };
  let version: unknown = data['schemaVersion'];
  if (version === undefined || version === null) {
    warnings.push(
      issue(
        'warning',
        CODES.schemaVersionMissing,
        'schemaVersion',
        'версия формата не указана: профиль прочитан как версия 1; добавьте строку schemaVersion: 1',
      ),
    );
    version = 1;
    data = { ...data, schemaVersion: 1 };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const shown = typeof version === 'string' ? `"${version}"` : String(version);
    return {
      ok: false,
      errors: [issue('error', CODES.schemaVersionInvalid, 'schemaVersion', `версия формата — целое число, например 1; указано: ${shown}`)],
      warnings,
    };
  }
  if (version > current) {
    return {
      ok: false,
      errors: [
        issue(
          'error',
          CODES.schemaVersionNewer,
          'schemaVersion',
          `профиль записан в формате версии ${version}, а эта версия opkit понимает формат не новее версии ${current}: обновите opkit`,
        ),
      ],
      warnings,
    };
  }
  const fromVersion = version;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) {
      return {
        ok: false,
        errors: [
          issue(
            'error',
            CODES.migrationMissing,
            'schemaVersion',
            `формат версии ${v} не поддерживается: нет способа перевести его в версию ${current}`,
          ),
        ],
        warnings,
      };
    }
    const warn: Warn = (path, code, message) => warnings.push(issue('warning', code, path, message));
    data = { ...step.up(data, warn), schemaVersion: v + 1 };
  }
  return { ok: true, data, fromVersion, warnings };
}
