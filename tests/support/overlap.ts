/**
 * How much text two packs share, as a consultant reading them side by side would notice it: the
 * sentences of numbered clauses and list items (headings, table cells and a list's lead-in are
 * labels, not prose), with names, numbers, quoted titles, document titles and position titles in
 * every case replaced, so that a sentence
 * that differs only by the company's names counts as the same sentence.
 */
import type { Block, DocumentModel } from '../../src/core/model/types.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { buildCommonView, positionTitleForms } from '../../src/documents/shared/common.ts';
import { packDocumentTitles } from '../../src/documents/shared/document-titles.ts';
import { CASES } from '../../src/core/text/inflect.ts';

function prose(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.children.map((r) => r.text).join('')];
    case 'list':
      return block.items.flatMap((item) => item.children.flatMap(prose));
    default:
      return [];
  }
}

/**
 * Every name the profile puts into text, in every case, and the titles of the pack's documents,
 * longest first so that parts do not match first.
 */
function namesOf(profile: Profile): string[] {
  const names = new Set<string>([profile.company.name, profile.department.name, ...packDocumentTitles(profile, buildCommonView(profile))]);
  if (profile.company.director.fullName) names.add(profile.company.director.fullName);
  for (const position of profile.department.positions) {
    const forms = positionTitleForms(position);
    for (const c of CASES) names.add(forms[c]);
    for (const e of position.employees) names.add(e);
  }
  return [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
}

/** The normalised sentences of a document. */
export function sentences(model: DocumentModel, profile: Profile): Set<string> {
  const names = namesOf(profile);
  const out = new Set<string>();
  for (const paragraph of model.children.flatMap(prose)) {
    let text = paragraph;
    for (const name of names) text = text.replaceAll(name, 'X').replaceAll(name.toLocaleLowerCase('ru-RU'), 'X');
    text = text
      .replace(/«[^»]*»/g, 'Q')
      .replace(/\d[\d\s\u00a0\u202f,.]*/g, 'N')
      .replace(/\s+/g, ' ')
      .toLocaleLowerCase('ru-RU');
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const s = sentence.trim();
      // A lead-in that ends with a colon introduces a list: it is a label, the list items are the prose.
      if (s.length >= 25 && !s.endsWith(':')) out.add(s);
    }
  }
  return out;
}

/** The share of the smaller document's sentences that the other document has too. */
export function overlap(a: Set<string>, b: Set<string>): { share: number; common: string[] } {
  const common = [...a].filter((s) => b.has(s));
  return { share: common.length / Math.max(1, Math.min(a.size, b.size)), common };
}
