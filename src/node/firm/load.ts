/**
 * `--firm DIR`: the consulting firm's folder, read and checked once per run, before any client's
 * pack is built. Each part has its own reader (load-overrides.ts, load-catalogs.ts,
 * load-documents.ts); a problem in any of them stops the run with every problem and its line.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Firm } from '../../core/firm/firm.ts';
import type { OverrideProblem } from '../../core/firm/overrides.ts';
import { templateIds, type TemplateIds } from '../../core/firm/template-ids.ts';
import { templateFiles } from '../template-build.ts';
import { FirmError } from './firm-error.ts';
import { loadCatalogs } from './load-catalogs.ts';
import { loadDocuments } from './load-documents.ts';
import { readOverrides } from './load-overrides.ts';
import { parseYamlFile, readOptional } from './yaml-file.ts';

/** Every file of the folder, in name order, hashed with its path: the firm's version in a manifest. */
async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (sub: string): Promise<void> => {
    for (const entry of (await readdir(path.join(dir, sub), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile())
        hash
          .update(`${rel}\0`)
          .update(await readFile(path.join(dir, rel)))
          .update('\0');
    }
  };
  await walk('');
  return hash.digest('hex');
}

/** Every id a template of the pack can produce: the bundled documents' and the firm's own. */
export async function knownTemplateIds(extra: ReadonlyArray<{ text: string }> = []): Promise<TemplateIds[]> {
  const sources = [...(await templateFiles()).map((t) => t.source), ...extra.map((d) => d.text)];
  return sources.map(templateIds).filter((t): t is TemplateIds => t !== null);
}

export async function loadFirm(dir: string): Promise<Firm> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new FirmError([{ file: dir, line: 1, message: 'папка консалтинговой фирмы не найдена' }]);
  const problems: OverrideProblem[] = [];
  const { catalogs, problems: catalogProblems } = await loadCatalogs(dir);
  const { documents, problems: documentProblems } = await loadDocuments(dir);
  problems.push(...catalogProblems, ...documentProblems);

  const overridesPath = path.join(dir, 'overrides.yaml');
  const text = await readOptional(overridesPath);
  let overrides: Firm['overrides'] = [];
  if (text !== null) {
    const file = parseYamlFile(text, overridesPath);
    if (Array.isArray(file)) problems.push(...file);
    else {
      const read = readOverrides(file, ['overrides'], 'firm', await knownTemplateIds(documents));
      problems.push(...read.problems);
      overrides = read.overrides;
    }
  }
  if (problems.length > 0) throw new FirmError(problems);
  return { dir, hash: await folderHash(dir), brand: null, overrides, catalogs, documents };
}
