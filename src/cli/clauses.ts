/**
 * `opkit clauses [DOCUMENT] [--profile FILE]`: the ids of every section, clause and table with its
 * number and text, as the documented example profile (or the given one) builds them. Consultants
 * override clauses by these ids; a per-position document lists its ids once, with the text of the
 * first position that has the clause.
 */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { clauseEntries, type ClauseEntry } from '../core/model/clauses.ts';
import { buildPackModels } from '../core/pack/generate.ts';
import { closest } from '../core/profile/say.ts';
import { DOCUMENTS, DOCUMENT_IDS } from '../documents/registry.ts';
import { EXAMPLE_PROFILE_YAML } from '../node/example-profile.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readChecked } from './read-input.ts';

export async function runClauses(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { profile: { type: 'string', short: 'p' } },
  });
  if (positionals.length > 1) throw new UsageError('clauses принимает один документ');
  const wanted = positionals[0];
  if (wanted !== undefined && !DOCUMENT_IDS.some((id) => id === wanted)) {
    const guess = closest(wanted, DOCUMENT_IDS);
    throw new UsageError(
      `неизвестный документ «${wanted}»${guess ? ` (возможно, имелся в виду «${guess}»)` : ''}; допустимы: ${DOCUMENT_IDS.join(', ')}`,
    );
  }
  const check = values.profile
    ? await readChecked(io, values.profile, checkProfileText, () => 'профиль содержит ошибки')
    : checkProfileText(await EXAMPLE_PROFILE_YAML(), 'example.yaml');
  if (!check?.ok) return EXIT.invalid;
  const entries = DOCUMENTS.filter((d) => wanted === undefined || d.meta.id === wanted);
  const documents = await Promise.all(entries.map(async (e) => (await e.load()).default));
  // Every document of the kind, whatever the profile's `documents.include` leaves out.
  const profile = { ...check.profile, documents: { ...check.profile.documents, include: null } };
  // A document that lists the pack (the order) needs the others built: then the whole registry is.
  const models = await buildPackModels(profile, documents.some((d) => d.listsPack) ? {} : { documents });
  const source = values.profile ? path.basename(values.profile) : 'пример профиля (opkit init)';
  io.out(`Идентификаторы разделов, пунктов и таблиц; текст — по профилю: ${source}\n`);
  for (const entry of entries) {
    const seen = new Map<string, ClauseEntry>();
    for (const model of models.filter((m) => m.meta.id === entry.meta.id || m.meta.id.startsWith(`${entry.meta.id}-`))) {
      for (const clause of clauseEntries(model)) if (!seen.has(clause.id)) seen.set(clause.id, clause);
    }
    io.out(`\n${entry.meta.name} (${entry.meta.id})\n`);
    if (seen.size === 0) io.out('  (для этого профиля документ не формируется)\n');
    const width = Math.max(0, ...[...seen.keys()].map((id) => id.length));
    for (const clause of seen.values()) {
      const label = clause.kind === 'table' ? 'таблица' : (clause.number ?? '');
      io.out(`  ${clause.id.padEnd(width)}  ${label.padEnd(8)}  ${clause.text}\n`);
    }
  }
  return EXIT.ok;
}
