/**
 * Profile files in and out of the wizard: the same YAML/JSON the CLI reads. Loaded on demand
 * (the YAML library is not part of the page's first load).
 */
import { stringify } from 'yaml';
import { checkProfileData } from '../../core/check-data.ts';
import { parseProfileText } from '../../core/profile/load.ts';
import type { Issue } from '../../core/profile/issues.ts';
import type { Draft } from './draft.ts';

export type ImportResult = { ok: true; draft: Draft; warnings: Issue[] } | { ok: false; errors: Issue[] };

/** Reads a profile file; an invalid one is refused with every reason, the current draft untouched. */
export function importProfile(text: string, fileName: string): ImportResult {
  const parsed = parseProfileText(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const checked = checkProfileData(parsed.data);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  // The file's own data, not the parsed profile with defaults filled in, so a file exported
  // again comes out as it came in.
  return { ok: true, draft: parsed.data as Draft, warnings: checked.warnings };
}

const HEADER = [
  'Профиль компании для opkit (формат версии 1), сохранён мастером настройки.',
  'Его читает и мастер (Загрузить профиль), и командная строка: opkit generate <файл> --out <папка>.',
  'Описание полей: docs/profile.md.',
];

export function exportYaml(draft: Draft): string {
  const body = stringify(draft, { lineWidth: 0 });
  return `${HEADER.map((line) => `# ${line}`).join('\n')}\n${body}`;
}

/** Characters of the company name kept in a file name. */
const FILE_NAME_CHARS = 60;

/** A file name from the company name: letters and digits of any script, the rest as dashes, cut to a safe length. */
export function exportFileName(draft: Draft): string {
  const name = typeof draft.company?.name === 'string' ? draft.company.name : '';
  const slug = name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  // File systems allow 255 bytes in a name; a Cyrillic letter takes two.
  const short = [...slug].slice(0, FILE_NAME_CHARS).join('').replace(/-+$/, '');
  return `${short || 'profile'}.opkit.yaml`;
}
