/**
 * A profile's own overrides (`documents.overrides`), compiled and checked like the firm's, with
 * the profile file's lines in every message. The profile is already valid here: its schema
 * checked the entries' shape, so what is left is each template's syntax and its target.
 */
import type { Firm } from '../../core/firm/firm.ts';
import type { ClauseOverride, OverrideProblem } from '../../core/firm/overrides.ts';
import type { TemplateIds } from '../../core/firm/template-ids.ts';
import { knownTemplateIds } from './load.ts';
import { readOverrides } from './load-overrides.ts';
import { parseYamlFile } from './yaml-file.ts';

let known: Promise<TemplateIds[]> | null = null;

/** The client's overrides of the profile text `text` read from `file` (as the user named it). */
export async function clientOverrides(
  text: string,
  file: string,
  firm: Firm | undefined,
): Promise<{ overrides: ClauseOverride[]; problems: OverrideProblem[] }> {
  // The bundled templates' ids are the same for every profile of a run.
  known ??= knownTemplateIds(firm?.documents ?? []);
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/\boverrides\b/.test(source)) return { overrides: [], problems: [] };
  const yaml = parseYamlFile(source, file);
  // The profile parsed before: a syntax error here cannot happen, but is reported if it does.
  if (Array.isArray(yaml)) return { overrides: [], problems: yaml };
  return readOverrides(yaml, ['documents', 'overrides'], 'client', await known);
}
