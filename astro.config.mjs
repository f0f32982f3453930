// Static site: the wizard, the audit and the sample documents. Generation runs in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { documentTemplates, fontUrls, pdfLibUnusedParts, workerSafeAliases, yamlData } from './src/browser/vite-plugins.ts';

export default defineConfig({
  output: 'static',
  integrations: [mdx(), preact()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
  // The engine's Web Worker (src/browser/engine-worker.ts): see src/browser/vite-plugins.ts.
  // The document templates are precompiled once when the build starts; the worker imports the
  // generated module like every other side. ES module workers let the renderers split into
  // chunks the worker imports only when a format is asked.
  vite: {
    resolve: { alias: workerSafeAliases },
    plugins: [documentTemplates(), yamlData(), fontUrls()],
    worker: { format: 'es', plugins: () => [fontUrls(), pdfLibUnusedParts()] },
  },
});
