/**
 * The build step that precompiles every document template (src/documents/<id>/<name>.md.hbs) into
 * src/documents/templates.generated.ts. Run by `npm run build:templates` (and so by `npm ci`), by the
 * test setup and at the start of the site build; never by the CLI or the browser at run time.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledModule, type TemplateFile } from '../core/templating/precompile.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCUMENTS_DIR = path.join(ROOT, 'src/documents');
export const GENERATED_TEMPLATES = path.join(DOCUMENTS_DIR, 'templates.generated.ts');

/** Every template of every document folder; two templates of one name are an error. */
export async function templateFiles(): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  const folders = (await readdir(DOCUMENTS_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const folder of folders.sort()) {
    for (const file of (await readdir(path.join(DOCUMENTS_DIR, folder))).sort()) {
      if (!file.endsWith('.md.hbs')) continue;
      const full = path.join(DOCUMENTS_DIR, folder, file);
      files.push({ name: file.slice(0, -'.md.hbs'.length), path: path.relative(ROOT, full), source: await readFile(full, 'utf8') });
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(file.name);
    if (other) throw new Error(`two templates named ${file.name}: ${other} and ${file.path}`);
    seen.set(file.name, file.path);
  }
  return files;
}

/** Write the generated module if its text changed; true when it was written. */
export async function buildTemplates(): Promise<boolean> {
  const code = precompiledModule(await templateFiles());
  const current = await readFile(GENERATED_TEMPLATES, 'utf8').catch(() => '');
  if (current === code) return false;
  // Whole or not at all: a reader (a running test, the dev server) never sees half a module.
  const temporary = `${GENERATED_TEMPLATES}.${process.pid}.tmp`;
  await writeFile(temporary, code);
  await rename(temporary, GENERATED_TEMPLATES);
  return true;
}
