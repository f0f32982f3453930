/** `--firm DIR` for `generate` and `validate`: the firm's folder, or its problems printed with file and line. */
import path from 'node:path';
import type { Firm } from '../core/firm/firm.ts';
import type { OverrideProblem } from '../core/firm/overrides.ts';
import type { Io } from './io.ts';

/** Problems as lines under a heading: `  файл:строка: сообщение`, paths as the user sees them. */
export function problemLines(io: Io, problems: readonly OverrideProblem[]): string {
  return problems.map((p) => `  ${path.relative(io.cwd, p.file) || p.file}:${p.line}: ${p.message}`).join('\n');
}

/** The firm, its catalogs in use for the run; null when it has problems (printed). */
export async function readFirm(io: Io, dir: string): Promise<Firm | null> {
  const { loadFirm } = await import('../node/firm/load.ts');
  const { isFirmError } = await import('../node/firm/firm-error.ts');
  // firm.yaml and the logo report issues of their own shape (file, line, field).
  const brandErrors = await import('../core/firm/errors.ts');
  const { useFirmCatalogs } = await import('../core/catalog.ts');
  const heading = `--firm ${dir}: папка фирмы содержит ошибки, документы не сформированы:`;
  try {
    const firm = await loadFirm(dir, io.cwd);
    useFirmCatalogs(firm.catalogs ?? null);
    return firm;
  } catch (error) {
    if (brandErrors.isFirmError(error)) {
      io.err(`${heading}\n${brandErrors.formatFirmIssues(error.issues)}\n`);
      return null;
    }
    if (!isFirmError(error)) throw error;
    io.err(`${heading}\n${problemLines(io, error.problems)}\n`);
    return null;
  }
}
