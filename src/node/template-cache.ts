/**
 * The CLI's templates precompiled, through a cache in node_modules/.cache/opkit: compiling the
 * Handlebars templates is ~0.2 s of every cold start, importing them precompiled ~10 ms. The
 * cache file is named by a hash of the sources, the Handlebars version and the compile options,
 * so an edited template gets a new file (and the old one is removed). It is code the CLI
 * imports, so it stays inside the package, writable by no one who could not change the code
 * itself; where it cannot be written, the templates are compiled at run time as before.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { TEMPLATE_COMPILE_OPTIONS, type PrecompiledTemplate, type TemplateSource } from '../core/templating/render-template.ts';
import { loadTemplates } from './templates.ts';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/opkit/', import.meta.url));
const PREFIX = 'templates-';

function cacheFile(sources: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(Handlebars.VERSION).update(JSON.stringify(TEMPLATE_COMPILE_OPTIONS));
  for (const [name, source] of Object.entries(sources)) hash.update(`\0${name}\0${source}`);
  return path.join(CACHE_DIR, `${PREFIX}${hash.digest('hex').slice(0, 16)}.mjs`);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** One module exporting every template's spec by name, as the browser build emits them one by one. */
async function write(file: string, sources: Readonly<Record<string, string>>): Promise<void> {
  const entries = Object.entries(sources).map(([name, source]) => `${JSON.stringify(name)}: ${String(Handlebars.precompile(source, TEMPLATE_COMPILE_OPTIONS))}`);
  await mkdir(CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `export default {\n${entries.join(',\n')}\n};\n`);
  await rename(temporary, file);
  for (const old of await readdir(CACHE_DIR)) {
    if (old.startsWith(PREFIX) && path.join(CACHE_DIR, old) !== file) await rm(path.join(CACHE_DIR, old), { force: true });
  }
}

async function importSpecs(file: string, names: readonly string[]): Promise<Record<string, TemplateSource>> {
  const module: unknown = await import(pathToFileURL(file).href);
  const specs: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'default') : undefined;
  if (typeof specs !== 'object' || specs === null) throw new Error(`${file}: no templates`);
  const out: Record<string, TemplateSource> = {};
  for (const name of names) {
    const spec: unknown = Reflect.get(specs, name);
    if (typeof spec !== 'object' || spec === null) throw new Error(`${file}: no template ${name}`);
    out[name] = { precompiled: spec as PrecompiledTemplate['precompiled'] };
  }
  return out;
}

/** Every template, precompiled (from the cache, or into it); the sources if the cache is out of reach. */
export async function loadPrecompiledTemplates(): Promise<Record<string, TemplateSource>> {
  const sources = await loadTemplates();
  const file = cacheFile(sources);
  try {
    if (!(await exists(file))) await write(file, sources);
    return await importSpecs(file, Object.keys(sources));
  } catch {
    return sources;
  }
}
