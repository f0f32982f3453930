/** Node-side template loading: every `templates/*.md.hbs` by name (without the extension). */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

let cached: Promise<Record<string, string>> | null = null;

async function load(): Promise<Record<string, string>> {
  const names = (await readdir(TEMPLATES_DIR)).filter((f) => f.endsWith('.md.hbs')).sort();
  const entries = await Promise.all(
    names.map(async (file) => [file.replace(/\.md\.hbs$/, ''), await readFile(path.join(TEMPLATES_DIR, file), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}

/** All templates, read once per process. */
export function loadTemplates(): Promise<Record<string, string>> {
  cached ??= load();
  return cached;
}
