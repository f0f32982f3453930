/**
 * A consulting firm's folder as the engine sees it, once the edge (src/node/firm/load.ts, or the
 * site's import) has read and checked it: the firm's branding, its clause overrides, its own
 * catalog entries and document types. Plain data, no I/O; `generatePack` takes it as
 * `options.firm`. Every part is optional: a firm folder may hold only some of them.
 */
import type { FirmBrand } from './brand.ts';
import type { FirmCatalogs } from './catalogs.ts';
import type { FirmDocument } from './documents.ts';
import type { ClauseOverride } from './overrides.ts';

export interface Firm {
  /** The folder it was read from (the site: a name the user recognises). */
  dir: string;
  /** sha256 hex over the folder's files (sorted relative paths, then bytes): which firm settings made a pack. */
  hash: string;
  /** firm.yaml's name, contacts and branding with the logo read; null when the folder has no firm.yaml. */
  brand: FirmBrand | null;
  /** overrides.yaml, compiled and checked; applied to every client's pack. */
  overrides?: readonly ClauseOverride[];
  /** catalogs/*.yaml, validated; merged over the built-in catalogs. */
  catalogs?: FirmCatalogs;
  /** documents/<id>/: the firm's own document types, joining every pack. */
  documents?: readonly FirmDocument[];
}
