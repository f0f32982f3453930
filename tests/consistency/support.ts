/** Built models of fixture packs, and edits that break them in one place. */
import { buildPackModels } from '../../src/core/pack/generate.ts';
import type { DocumentModel, Paragraph } from '../../src/core/model/types.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { checkPack, type Finding, PACK_CHECKS } from '../../src/core/consistency/index.ts';
import { fixtureProfile } from '../support/packs.ts';

export async function fixturePack(
  file: string,
  edit: (p: Profile) => Profile = (p) => p,
): Promise<{ profile: Profile; models: DocumentModel[] }> {
  const profile = edit(fixtureProfile(file));
  return { profile, models: await buildPackModels(profile) };
}

/** The numbered clause with this id: its text is replaced (a template or view that printed it). */
export function setClause(models: DocumentModel[], clauseId: string, text: string): void {
  for (const model of models) {
    const block = model.children.find((b): b is Paragraph => b.type === 'paragraph' && b.id === clauseId);
    if (block) {
      block.children = [{ text }];
      return;
    }
  }
  throw new Error(`no clause ${clauseId}`);
}

/** The findings of one check only, errors and warnings. */
export function findingsOf(check: keyof typeof PACK_CHECKS, pack: { profile: Profile; models: DocumentModel[] }): Finding[] {
  const one = PACK_CHECKS[check];
  if (!one) throw new Error(`no check ${check}`);
  return checkPack(pack, { [check]: one });
}

export const errors = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
