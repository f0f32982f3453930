/**
 * Build-time plugins (used from astro.config.mjs).
 *
 * - `documentTemplates`: precompiles the document templates into src/documents/templates.generated.ts
 *   when a build or the dev server starts, and again when a template changes in dev: the engine
 *   imports that module on every side (src/documents/templates.ts).
 * - `fontUrls`: the virtual module `virtual:opkit/font-urls`, the site URL of every font file the
 *   PDF renderer embeds, by its path in FONT_FILES (src/core/render/fonts.ts, the one list).
 * - `workerSafeAliases`: Vite resolves worker bundles with the `browser` export condition, which picks
 *   DOM-only builds; a worker has no `document`. decode-named-character-reference (remark-parse →
 *   micromark) decodes entities through `document.createElement` in its browser build; its plain
 *   build (the one its `worker` condition names) is used instead.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { ALL_FONT_FILES } from '../core/render/fonts.ts';
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

const FONT_URLS_ID = 'virtual:opkit/font-urls';

/**
 * `virtual:opkit/font-urls` → `export default { '<FONT_FILES path>': '<URL>' … }`, made from
 * FONT_FILES: each file imported with Vite's `?url`, so the build emits exactly these files and
 * the worker fetches them from the site itself (src/browser/fonts.ts).
 */
export function fontUrls(): Plugin {
  return {
    name: 'opkit:font-urls',
    resolveId(id) {
      return id === FONT_URLS_ID ? `\0${FONT_URLS_ID}` : null;
    },
    load(id) {
      if (id !== `\0${FONT_URLS_ID}`) return null;
      const imports = ALL_FONT_FILES.map((file, i) => `import font${i} from ${JSON.stringify(`${file}?url`)};`);
      const entries = ALL_FONT_FILES.map((file, i) => `  ${JSON.stringify(file)}: font${i},`);
      return { code: `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`, map: null };
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
