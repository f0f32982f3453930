/**
 * Brings a profile written for an older schema version up to the current one. A profile is never
 * rejected for its age; a profile from a newer opkit is, because its meaning is unknown here.
 */
import { CODES } from './codes.ts';
import { issue, type Issue } from './issues.ts';
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

type RawProfile = Record<string, unknown>;

/** One step: turns a profile of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, for the release notes and the migration log. */
  summary: string;
  up: (raw: RawProfile) => RawProfile;
}

/**
 * Every step from the first released version to the current one, oldest first. Version 1 is the
 * first release, so there is nothing to do yet; version 2 will add `{ from: 1, ... }` here.
 */
export const MIGRATIONS: ReadonlyArray<Migration> = [];

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
    data = { ...step.up(data), schemaVersion: v + 1 };
  }
  return { ok: true, data, fromVersion, warnings };
}
