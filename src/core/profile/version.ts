/**
 * The schema version this opkit reads; older profiles are migrated to it (migrate.ts). A module of
 * its own so a reader that only migrates (the wizard restoring its autosave) does not load the
 * schema and zod with it.
 */
export const CURRENT_SCHEMA_VERSION = 2;
