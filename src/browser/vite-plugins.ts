/**
 * Build-time plugins (used from astro.config.mjs).
 *
 * - `documentTemplates`: precompiles the document templates into src/documents/templates.generated.ts
 *   when a build or the dev server starts, and again when a template changes in dev: the engine
 *   imports that module on every side (src/documents/templates.ts).
 * - `workerSafeAliases`: Vite resolves worker bundles with the `browser` export condition, which picks
 *   DOM-only builds; a worker has no `document`. decode-named-character-reference (remark-parse →
 *   micromark) decodes entities through `document.createElement` in its browser build; its plain
 *   build (the one its `worker` condition names) is used instead.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { buildTemplates } from '../node/template-build.ts';

export function documentTemplates(): Plugin {
  return {
    name: 'opkit:document-templates',
    async buildStart() {
      await buildTemplates();
    },
    async handleHotUpdate({ file }) {
      if (file.endsWith('.md.hbs')) await buildTemplates();
    },
  };
}

const DATA_QUERY = '?data';

/**
 * `file.yaml?data` → a module exporting the parsed YAML as plain data. The wizard starts from the
 * documented example profile without shipping a YAML parser in the page's initial JavaScript.
 */
export function yamlData(): Plugin {
  return {
    name: 'opkit:yaml-data',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(`.yaml${DATA_QUERY}`)) return null;
      const file = id.slice(0, -DATA_QUERY.length);
      this.addWatchFile(file);
      const data: unknown = parseYaml(await readFile(file, 'utf8'));
      return { code: `export default ${JSON.stringify(data)};\n`, map: null };
    },
  };
}

/**
 * Resolve aliases (`vite.resolve.alias`) to the plain builds of packages whose `browser` build needs
 * the DOM. An alias (unlike a resolveId plugin) also reaches the dev server's dependency optimizer.
 * The plain builds work on a page too, so applying them everywhere is safe.
 */
export const workerSafeAliases = [
  {
    find: /^decode-named-character-reference$/,
    replacement: fileURLToPath(import.meta.resolve('decode-named-character-reference')),
  },
];
