/**
 * A consulting firm's folder as the engine sees it, read once per run at the edge
 * (src/node/firm/load.ts): its branding, its clause overrides, its own catalog entries and its
 * own document types. Every part is optional: a firm folder may hold only some of them.
 */
import type { FirmCatalogs } from './catalogs.ts';
import type { FirmDocument } from './documents.ts';
import type { ClauseOverride } from './overrides.ts';

/** The branding part (firm.yaml, logo) is another module's; until it lands it stays opaque here. */
export type FirmBrand = unknown;

export interface Firm {
  /** The folder, as given on the command line. */
  dir: string;
  /** A hash of the folder's content, for the manifest. */
  hash: string;
  brand: FirmBrand | null;
  /** overrides.yaml, compiled and checked; applied to every client's pack. */
  overrides?: readonly ClauseOverride[];
  /** catalogs/*.yaml, validated; merged over the built-in catalogs. */
  catalogs?: FirmCatalogs;
  /** documents/<id>/: the firm's own document types, joining every pack. */
  documents?: readonly FirmDocument[];
}
