/// <reference types="vite/client" />
/**
 * The engine in a module Web Worker: profile text in, pack files out. Same code as the CLI
 * (src/core); only the inputs differ: templates are bundled at build time, fonts are fetched
 * from the site itself (same origin, nothing leaves the browser), and only when PDF is asked for.
 */
import { checkProfileText } from '../core/check.ts';
import { buildPackModels, generatePack } from '../core/pack/generate.ts';
import { themeFor } from '../core/render/theme.ts';
import type { FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';
import type { PrecompiledTemplate } from '../core/templating/render-template.ts';
import type { EngineRequest, GenerateRequest, PreviewRequest, Stage, WorkerIssue, WorkerMessage } from './protocol.ts';

import tinosRegular from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url';
import tinosBold from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url';
import tinosItalic from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url';
import tinosBoldItalic from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoItalic from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import arimoBoldItalic from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import dejavuSerif from 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf?url';
import dejavuSans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

declare const self: DedicatedWorkerGlobalScope;

/** Same files as FONT_FILES in src/core/render/fonts.ts, as URLs Vite emits into the build. */
const FONT_URLS: Record<FontFamily, { regular: string; bold: string; italic: string; boldItalic: string; fallback: string }> = {
  'Times New Roman': { regular: tinosRegular, bold: tinosBold, italic: tinosItalic, boldItalic: tinosBoldItalic, fallback: dejavuSerif },
  Arial: { regular: arimoRegular, bold: arimoBold, italic: arimoItalic, boldItalic: arimoBoldItalic, fallback: dejavuSans },
};

/**
 * Every `templates/*.md.hbs`, by file name without the extension (as src/node/templates.ts does),
 * precompiled at build time (src/browser/vite-plugins.ts): the site's CSP forbids the `new Function`
 * that compiling a Handlebars template in the browser needs.
 */
const TEMPLATES: Record<string, PrecompiledTemplate> = Object.fromEntries(
  Object.entries(import.meta.glob<PrecompiledTemplate>('../../templates/*.md.hbs', { query: '?precompiled', import: 'default', eager: true })).map(([file, source]) => [
    file.replace(/^.*\//, '').replace(/\.md\.hbs$/, ''),
    source,
  ]),
);

const fontCache = new Map<FontFamily, Promise<FontSet>>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFontSet(family: FontFamily): Promise<FontSet> {
  let set = fontCache.get(family);
  if (!set) {
    const urls = FONT_URLS[family];
    set = Promise.all([urls.regular, urls.bold, urls.italic, urls.boldItalic, urls.fallback].map(fetchBytes)).then(
      ([regular, bold, italic, boldItalic, fallback]) => ({ family, faces: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! }, fallback: fallback! }),
    );
    // A failed fetch must not stick: the next attempt tries again.
    set.catch(() => fontCache.delete(family));
    fontCache.set(family, set);
  }
  return set;
}

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function progress(id: number, stage: Stage, message: string): void {
  post({ type: 'progress', id, stage, message });
}

const plain = (issues: ReadonlyArray<{ path: string; message: string; code: string }>): WorkerIssue[] =>
  issues.map(({ path, message, code }) => ({ path, message, code }));

/** A copy of the bytes in an ArrayBuffer of exactly their length (safe to transfer). */
function toBuffer(bytes: Uint8Array | string): ArrayBuffer {
  const u8 = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer) return u8.buffer;
  return u8.slice().buffer as ArrayBuffer;
}

async function generate(request: GenerateRequest): Promise<void> {
  const { id } = request;
  progress(id, 'check', 'Проверка профиля');
  const checked = checkProfileText(request.profileText);
  if (!checked.ok) {
    post({ type: 'error', id, errors: plain(checked.errors) });
    return;
  }
  const { profile, warnings } = checked;
  let fonts: FontSet | null = null;
  if (request.formats.includes('pdf')) {
    progress(id, 'fonts', 'Загрузка шрифтов');
    fonts = await loadFontSet(profile.documents.font);
  }
  progress(id, 'render', 'Формирование документов');
  const zip = request.zip ?? true;
  const pack = await generatePack(profile, warnings, { formats: request.formats, templates: TEMPLATES, fonts, zip });
  if (zip) progress(id, 'zip', 'Упаковка в ZIP');
  const files = pack.files.map((file) => ({ path: file.path, bytes: toBuffer(file.bytes) }));
  post({ type: 'done', id, files, manifest: pack.manifest, warnings: plain(warnings) }, files.map((f) => f.bytes));
}

/** The HTML renderer is small and loads with the first preview; DOCX and PDF stay unloaded. */
async function preview(request: PreviewRequest): Promise<void> {
  const { id } = request;
  const checked = checkProfileText(request.profileText);
  if (!checked.ok) {
    post({ type: 'error', id, errors: plain(checked.errors) });
    return;
  }
  const { profile } = checked;
  const models = buildPackModels(profile, TEMPLATES);
  const model = models.find((m) => m.meta.id === request.documentId) ?? models[0];
  if (!model) {
    post({ type: 'error', id, errors: [{ path: 'documents.include', code: 'empty-pack', message: 'В пакете нет ни одного документа.' }] });
    return;
  }
  const { renderHtml } = await import('../core/render/html/index.ts');
  const html = renderHtml(model, themeFor(profile.documents.font, profile.documents.fontSize), { standalone: true });
  post({ type: 'preview', id, documents: models.map((m) => ({ id: m.meta.id, title: m.meta.title })), documentId: model.meta.id, html });
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const run = request?.type === 'generate' ? generate(request) : request?.type === 'preview' ? preview(request) : null;
  run?.catch((error: unknown) => {
    // Log the details for developers; the user gets one plain sentence.
    console.error('opkit engine worker:', error);
    post({ type: 'error', id: request.id, errors: [{ path: '', code: 'internal', message: 'Не удалось сформировать документы: внутренняя ошибка генератора.' }] });
  });
});
