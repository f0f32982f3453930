/** `--firm DIR` for `generate` and `validate`: the firm's folder, or its problems printed with file and line. */
import type { Firm } from '../core/firm/firm.ts';
import type { Io } from './io.ts';

/** The firm, its catalogs in use for the run; null when it has problems (printed). */
export async function readFirm(io: Io, dir: string): Promise<Firm | null> {
  // Loaded here, not above: generate.ts imports this module and stays light (see there).
  const { loadFirm } = await import('../node/firm/load.ts');
  const { formatFirmIssues, isFirmError } = await import('../core/firm/errors.ts');
  const { useFirmCatalogs } = await import('../core/catalog.ts');
  try {
    const firm = await loadFirm(dir, io.cwd);
    useFirmCatalogs(firm.catalogs ?? null);
    return firm;
  } catch (error) {
    if (!isFirmError(error)) throw error;
    io.err(`--firm ${dir}: папка фирмы содержит ошибки, документы не сформированы:\n${formatFirmIssues(error.issues)}\n`);
    return null;
  }
}
