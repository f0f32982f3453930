/**
 * The firm's own document types: each folder `documents/<id>/` holds one template `<name>.md.hbs`
 * whose front matter says, besides what every template's says (title, kind, subtitle, numbered,
 * acknowledgement, approval), how the pack takes it: `perPosition`, `appliesTo`, `after`,
 * `name`, `summary` (docs/templates.md, «Свой вид документа»).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import type { FirmDocument } from '../../core/firm/documents.ts';
import type { OverrideProblem } from '../../core/firm/overrides.ts';
import { Slug, Text } from '../../core/profile/fields.ts';
import { profileErrorMap } from '../../core/profile/messages.ts';
import { compileTemplateSource } from '../../core/templating/precompile.ts';
import { DOCUMENT_IDS } from '../../documents/registry.ts';
import { syntaxProblem } from './load-overrides.ts';
import { parseYamlFile } from './yaml-file.ts';

const FrontMatterSchema = z.looseObject({
  id: Slug.optional(),
  title: Text,
  /** How the order and the site name the kind; the title when it has no Handlebars. */
  name: Text.optional(),
  summary: Text.optional(),
  perPosition: z.boolean().default(false),
  appliesTo: z.array(Slug).min(1).nullable().default(null),
  after: Slug.nullable().default(null),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

async function loadOne(dir: string, id: string, taken: ReadonlySet<string>): Promise<FirmDocument | OverrideProblem[]> {
  const folder = path.join(dir, 'documents', id);
  const templates = (await readdir(folder)).filter((f) => f.endsWith('.md.hbs')).sort();
  if (templates.length !== 1) {
    return [
      { file: folder, line: 1, message: `в папке вида документа должен быть ровно один шаблон *.md.hbs, найдено: ${templates.length}` },
    ];
  }
  const file = path.join(folder, templates[0] as string);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return [{ file, line: 1, message: `имя папки «${id}» — идентификатор документа: строчные латинские буквы, цифры и дефисы` }];
  }
  if (taken.has(id)) return [{ file, line: 1, message: `документ «${id}» уже есть в пакете opkit: назовите папку иначе` }];
  const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
  const front = FRONT_MATTER.exec(text);
  if (!front) return [{ file, line: 1, message: 'шаблон начинается с заголовка между строками «---» (id, title, perPosition …)' }];
  const yaml = parseYamlFile(front[1] ?? '', file);
  // The front matter starts on the file's second line.
  if (Array.isArray(yaml)) return yaml.map((p) => ({ ...p, line: p.line + 1 }));
  const parsed = FrontMatterSchema.safeParse(yaml.value, { error: profileErrorMap });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      return { file, line: yaml.lineOf(issuePath) + 1, message: `${issuePath.join('.') || 'заголовок'}: ${issue.message}` };
    });
  }
  const meta = parsed.data;
  if (meta.id !== undefined && meta.id !== id) {
    return [
      {
        file,
        line: yaml.lineOf(['id']) + 1,
        message: `id «${meta.id}» не совпадает с именем папки «${id}»: уберите id или переименуйте папку`,
      },
    ];
  }
  if (meta.name === undefined && meta.title.includes('{{')) {
    return [
      {
        file,
        line: yaml.lineOf(['title']) + 1,
        message: 'заголовок с {{…}}: укажите и name — как документ называется в приказе и списках',
      },
    ];
  }
  // The engine reads the document id from the front matter: the folder's name is it.
  const source = meta.id === undefined ? text.replace(/^---\n/, `---\nid: ${id}\n`) : text;
  let compiled: FirmDocument['source'];
  try {
    compiled = compileTemplateSource(source);
  } catch (error) {
    const problem = syntaxProblem(error);
    // The added id line shifts the template by one.
    const shift = meta.id === undefined ? 1 : 0;
    return [{ file, line: problem.line === null ? 1 : problem.line - shift, message: problem.message }];
  }
  return {
    id,
    name: meta.name ?? meta.title,
    summary: meta.summary ?? '',
    perPosition: meta.perPosition,
    appliesTo: meta.appliesTo,
    after: meta.after,
    template: `firm-${id}`,
    source: compiled,
    text: source,
    file,
  };
}

export async function loadDocuments(dir: string): Promise<{ documents: FirmDocument[]; problems: OverrideProblem[] }> {
  const root = path.join(dir, 'documents');
  let folders: string[];
  try {
    folders = (await readdir(root, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { documents: [], problems: [] };
    throw error;
  }
  const taken = new Set<string>(DOCUMENT_IDS);
  const documents: FirmDocument[] = [];
  const problems: OverrideProblem[] = [];
  for (const id of folders) {
    const result = await loadOne(dir, id, taken);
    if (Array.isArray(result)) problems.push(...result);
    else documents.push(result);
  }
  const ids = new Set<string>([...DOCUMENT_IDS, ...documents.map((d) => d.id)]);
  for (const document of documents) {
    if (document.after !== null && !ids.has(document.after)) {
      problems.push({
        file: document.file,
        line: 1,
        message: `after: нет документа «${document.after}»; допустимы: ${[...ids].join(', ')}`,
      });
    }
  }
  return { documents, problems };
}
