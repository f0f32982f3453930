/// <reference types="vite/client" />
/**
 * The engine in a module Web Worker: profile text in, pack files out. Same code as the CLI
 * (src/core, src/documents, with the same precompiled templates); only the inputs differ: fonts are fetched
 * from the site itself (same origin, nothing leaves the browser), and only when PDF is asked for.
 * A full download renders the PDFs in a second worker (pdf-worker.ts) alongside the DOCX files here.
 */
import { checkProfileText } from '../core/check.ts';
import { findingIssue, isConsistencyError } from '../core/consistency/index.ts';
import { buildPackModels, generatePack } from '../core/pack/generate.ts';
import { OPKIT_VERSION } from './version.ts';
import { packTimestamp } from '../core/pack/timestamp.ts';
import { themeFor } from '../core/render/theme.ts';
import type { DocumentModel } from '../core/model/types.ts';
import type { FontSet } from '../core/render/fonts.ts';
import { decodeInput } from '../core/input/decode.ts';
import { loadFontSet } from './fonts.ts';
import { clientLogoOf, firmOf } from './firm.ts';
import { brandTheme, modelBrander, packFontFamily } from '../core/firm/apply.ts';
import { pdfWorkerRenderer } from './pdf-client.ts';
import type {
  AuditRequest,
  EngineRequest,
  GenerateRequest,
  ImportRequest,
  PreviewRequest,
  Stage,
  WorkerIssue,
  WorkerMessage,
} from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function progress(id: number, stage: Stage, message: string, done?: number, total?: number): void {
  post(
    done !== undefined && total !== undefined
      ? { type: 'progress', id, stage, message, done, total }
      : { type: 'progress', id, stage, message },
  );
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
  const firm = await firmOf(request.firm);
  const clientLogo = await clientLogoOf(profile.company.logo, firm.ok ? firm.value?.brand : null);
  if (!firm.ok || !clientLogo.ok) {
    post({ type: 'error', id, errors: [...(firm.ok ? [] : firm.errors), ...(clientLogo.ok ? [] : clientLogo.errors)] });
    return;
  }
  const family = packFontFamily(profile.documents.font, firm.value?.brand);
  let fonts: FontSet | null = null;
  // With DOCX and PDF both wanted, the PDFs go to a second worker and the two formats render at
  // once on two cores; that worker fetches the fonts itself, while this one builds the models.
  const parallel = request.formats.includes('pdf') && request.formats.includes('docx') && typeof Worker !== 'undefined';
  const pdfRenderer = parallel ? pdfWorkerRenderer() : undefined;
  pdfRenderer?.prepare(family);
  if (request.formats.includes('pdf') && !pdfRenderer) {
    progress(id, 'fonts', 'Загрузка шрифтов');
    fonts = await loadFontSet(family);
  }
  progress(id, 'render', 'Формирование документов');
  const zip = request.zip ?? true;
  const onFile = (done: number, total: number) => progress(id, 'render', `Готово файлов: ${done} из ${total}`, done, total);
  // Decided as the CLI decides it (a browser has no SOURCE_DATE_EPOCH): the approval date, else now.
  const timestamp = packTimestamp(profile.documents.approvalDate, undefined, () => new Date());
  let pack: Awaited<ReturnType<typeof generatePack>>;
  try {
    pack = await generatePack(profile, warnings, {
      formats: request.formats,
      fonts,
      zip,
      // Named as the CLI names them: «03 Должностная инструкция ….pdf» and «Клиент 2027-01-15.zip».
      names: 'ru',
      version: OPKIT_VERSION,
      timestamp,
      onFile,
      clientLogo: clientLogo.value,
      ...(firm.value ? { firm: firm.value } : {}),
      ...(pdfRenderer ? { pdfRenderer } : {}),
    });
  } catch (error) {
    // The documents contradict each other: the page shows each finding with its document and clause.
    if (!isConsistencyError(error)) throw error;
    post({ type: 'error', id, errors: plain(error.findings.map(findingIssue)) });
    return;
  }
  if (zip) progress(id, 'zip', 'Упаковка в ZIP');
  const files = pack.files.map((file) => ({ path: file.path, bytes: toBuffer(file.bytes) }));
  post(
    { type: 'done', id, files, manifest: pack.manifest, warnings: plain([...warnings, ...pack.findings.map(findingIssue)]) },
    files.map((f) => f.bytes),
  );
}

/** The HTML renderer is small and loads with the first preview; DOCX and PDF stay unloaded. */
async function preview(request: PreviewRequest): Promise<void> {
  const { id } = request;
  const checked = checkProfileText(request.profileText);
  if (!checked.ok) {
    post({ type: 'error', id, errors: plain(checked.errors) });
    return;
  }
  const { profile, warnings } = checked;
  const firm = await firmOf(request.firm);
  const clientLogo = await clientLogoOf(profile.company.logo, firm.ok ? firm.value?.brand : null);
  if (!firm.ok || !clientLogo.ok) {
    post({ type: 'error', id, errors: [...(firm.ok ? [] : firm.errors), ...(clientLogo.ok ? [] : clientLogo.errors)] });
    return;
  }
  const brand = firm.value?.brand ?? null;
  const branded = modelBrander({ brand, clientLogo: clientLogo.value });
  const models = (await buildPackModels(profile, { warnings })).map(branded);
  const model = models.find((m) => m.meta.id === request.documentId) ?? models[0];
  if (!model) {
    post({ type: 'error', id, errors: [{ path: 'documents.include', code: 'empty-pack', message: 'В пакете нет ни одного документа.' }] });
    return;
  }
  const { renderHtml } = await import('../core/render/html/index.ts');
  const html = renderHtml(model, brandTheme(themeFor(profile.documents.font, profile.documents.fontSize), brand), { standalone: true });
  post({ type: 'preview', id, documents: models.map((m) => ({ id: m.meta.id, title: m.meta.title })), documentId: model.meta.id, html });
}

/**
 * The audit report on the answers, or the blank checklist, in the asked formats. The audit's
 * code and checklist load on the first audit request, so the wizard's pack never downloads them.
 */
async function audit(request: AuditRequest): Promise<void> {
  const { id } = request;
  const [{ loadAnswers, renderAuditFiles }, { buildBlankChecklist }, { buildAuditReport }] = await Promise.all([
    import('../core/audit/index.ts'),
    import('../documents/audit-checklist/document.ts'),
    import('../documents/audit-report/document.ts'),
  ]);
  let model: DocumentModel;
  // Stamped as the CLI stamps the audit: the answers' date, else now (the blank has no date).
  let date: string | null = null;
  if (request.kind === 'report') {
    const loaded = loadAnswers(request.answersText, 'answers.json');
    if (!loaded.ok) {
      post({ type: 'error', id, errors: plain(loaded.errors) });
      return;
    }
    model = buildAuditReport(loaded.audit, { today: request.today }).model;
    date = loaded.audit.date;
  } else {
    model = buildBlankChecklist();
  }
  let fonts: FontSet | null = null;
  if (request.formats.includes('pdf')) {
    progress(id, 'fonts', 'Загрузка шрифтов');
    fonts = await loadFontSet('Times New Roman');
  }
  progress(id, 'render', 'Формирование документа');
  const timestamp = packTimestamp(date, undefined, () => new Date());
  const rendered = await renderAuditFiles([model], { formats: request.formats, fonts, timestamp });
  const files = rendered.map((file) => ({ path: file.path, bytes: toBuffer(file.bytes) }));
  post(
    { type: 'files', id, files },
    files.map((f) => f.bytes),
  );
}

/** Issues sent back for a refused import: the page lists the first ones and counts the rest. */
const IMPORT_ISSUES = 200;

/** A profile file from the wizard: decoded, parsed and checked with the CLI's own rules. */
async function importFile(request: ImportRequest): Promise<void> {
  const { id } = request;
  const decoded = decodeInput(new Uint8Array(request.bytes));
  if (!decoded.ok) {
    post({ type: 'error', id, errors: [{ path: '', code: 'file', message: decoded.message }] });
    return;
  }
  const { importProfile } = await import('../wizard/state/profile-file.ts');
  const result = importProfile(decoded.text, request.fileName);
  if (!result.ok) {
    post({ type: 'error', id, errors: plain(result.errors.slice(0, IMPORT_ISSUES)), total: result.errors.length });
    return;
  }
  post({ type: 'imported', id, draft: result.draft, warnings: plain(result.warnings) });
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const run =
    request?.type === 'generate'
      ? generate(request)
      : request?.type === 'preview'
        ? preview(request)
        : request?.type === 'audit'
          ? audit(request)
          : request?.type === 'import'
            ? importFile(request)
            : null;
  run?.catch((error: unknown) => {
    // Log the details for developers; the user gets one plain sentence.
    console.error('opkit engine worker:', error);
    post({
      type: 'error',
      id: request.id,
      errors: [{ path: '', code: 'internal', message: 'Не удалось сформировать документы: внутренняя ошибка генератора.' }],
    });
  });
});
