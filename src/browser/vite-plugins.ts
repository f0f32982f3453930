/**
 * Build-time plugins (used from astro.config.mjs).
 *
 * - `documentTemplates`: precompiles the document templates into src/documents/templates.generated.ts
 *   when a build or the dev server starts, and again when a template changes in dev: the engine
 *   imports that module on every side (src/documents/templates.ts).
 * - `fontUrls`: the virtual module `virtual:opkit/font-urls`, the site URL of every prepared font
 *   file (fonts/) the PDF renderer embeds, by its name in FONT_FILES (src/core/render/fonts.ts, the one list).
 * - `pdfLibUnusedParts`: in the worker builds only, pdf-lib's standard-font metrics (never used:
 *   the PDFs embed our TrueType fonts) are replaced by a stub that throws if ever called; they
 *   were most of the PDF worker's download and decompressed their data when the worker started.
 *   pdf-lib's PNG decoder stays: a consultant's PNG logo (docs/firm.md) is drawn with it.
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
import { FONTS_DIR } from '../node/fonts.ts';
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
 * `virtual:opkit/font-urls` → `export default { '<FONT_FILES name>': '<URL>' … }`, made from
 * FONT_FILES: each prepared file of fonts/ imported with Vite's `?url&no-inline`, so the build
 * emits exactly these files (never inlined as a data: URL, which the site's CSP would not let the
 * worker fetch, however small the file) and the worker fetches them from the site itself
 * (src/browser/fonts.ts).
 */
export function fontUrls(): Plugin {
  return {
    name: 'opkit:font-urls',
    resolveId(id) {
      return id === FONT_URLS_ID ? `\0${FONT_URLS_ID}` : null;
    },
    load(id) {
      if (id !== `\0${FONT_URLS_ID}`) return null;
      const imports = ALL_FONT_FILES.map(
        (file, i) => `import font${i} from ${JSON.stringify(`${fileURLToPath(new URL(file, FONTS_DIR))}?url&no-inline`)};`,
      );
      const entries = ALL_FONT_FILES.map((file, i) => `  ${JSON.stringify(file)}: font${i},`);
      return { code: `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`, map: null };
    },
  };
}

/** pdf-lib's standard font names (its StandardFonts enum), which its code compares font names with. */
const STANDARD_FONT_NAMES = [
  ['Courier', 'Courier'],
  ['CourierBold', 'Courier-Bold'],
  ['CourierOblique', 'Courier-Oblique'],
  ['CourierBoldOblique', 'Courier-BoldOblique'],
  ['Helvetica', 'Helvetica'],
  ['HelveticaBold', 'Helvetica-Bold'],
  ['HelveticaOblique', 'Helvetica-Oblique'],
  ['HelveticaBoldOblique', 'Helvetica-BoldOblique'],
  ['TimesRoman', 'Times-Roman'],
  ['TimesRomanBold', 'Times-Bold'],
  ['TimesRomanItalic', 'Times-Italic'],
  ['TimesRomanBoldItalic', 'Times-BoldItalic'],
  ['Symbol', 'Symbol'],
  ['ZapfDingbats', 'ZapfDingbats'],
] as const;

const STUBS: Record<string, string> = {
  '@pdf-lib/standard-fonts': [
    `export const FontNames = ${JSON.stringify(Object.fromEntries(STANDARD_FONT_NAMES))};`,
    'export const Encodings = {};',
    "export const Font = { load() { throw new Error('pdf-lib standard fonts are not in this build'); } };",
  ].join('\n'),
};

/** See the file's header: stubs for the parts of pdf-lib the site's PDFs never use (worker builds only). */
export function pdfLibUnusedParts(): Plugin {
  const prefix = '\0opkit-stub:';
  return {
    name: 'opkit:pdf-lib-unused-parts',
    enforce: 'pre',
    resolveId(id) {
      return id in STUBS ? `${prefix}${id}` : null;
    },
    load(id) {
      return id.startsWith(prefix) ? { code: STUBS[id.slice(prefix.length)]!, map: null } : null;
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
