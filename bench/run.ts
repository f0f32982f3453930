/**
 * `npm run bench`: how fast opkit renders, all measured in one process on one machine.
 *
 *   1. the reference charter → PDF (ours) and → DOCX, warm: median and p90;
 *   2. the same model through pdfmake (bench/pdfmake-model.ts), same fonts: median and the
 *      ratio pdfmake / ours;
 *   3. the whole reference pack (DOCX + PDF) through generatePack, warm, on one thread with
 *      native zlib as the CLI passes it (and, for comparison, with the browser's fflate);
 *   4. the CLI as a whole process, spawned several times, and the same work phase by phase
 *      in a fresh process (bench/cold.ts: start-up, module loading, cold first pack ...);
 *   5. bytes per PDF page of our charter;
 *   6. a batch of 20 client profiles in one `opkit generate` (worker threads, one per core):
 *      each client's share of the wall time against the single run of 4;
 * plus a few breakdown numbers that show where the time goes. Prints a table, then one JSON
 * line. Targets are reported as PASS/FAIL; the exit code is 0 unless something crashes.
 *
 * Options: --profile FILE (default: the reference profile), --iterations N (default 25),
 * --cli-runs N (default 5), --save DIR (also write both charter PDFs there, to compare),
 * --batch N (profiles in the batch, default 20), --firm DIR (passed to every CLI run, default the
 * test fixture's firm folder, so branding and overrides are included; `--firm none` without).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkProfileText } from '../src/core/check.ts';
import type { DocumentModel } from '../src/core/model/types.ts';
import { buildPackModels, generatePack } from '../src/core/pack/generate.ts';
import { packTimestamp } from '../src/core/pack/timestamp.ts';
import { renderDocx } from '../src/core/render/docx/index.ts';
import { parseFontSet } from '../src/core/render/pdf/fonts.ts';
import { createPdfRenderer, layoutPages } from '../src/core/render/pdf/index.ts';
import { FontMetrics } from '../src/core/render/pdf/metrics.ts';
import { themeFor } from '../src/core/render/theme.ts';
import { nodeDeflater } from '../src/node/deflate.ts';
import { loadFontSet } from '../src/node/fonts.ts';
import { pdfPageCount } from './pdf-pages.ts';
import { toPdfmake } from './pdfmake-model.ts';
import { createPdfmakeRenderer, PDFMAKE_FONT } from './pdfmake-render.ts';
import { measure, summarize, type Sample } from './stats.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = path.join(ROOT, 'bin/opkit.js');
const SHARED_PROFILE = '/work/shared/profiles/tehnosnab.yaml';
const FIXTURE_PROFILE = path.join(ROOT, 'content/profiles/tehnosnab.yaml');

const TARGETS = {
  /** pdfmake median / our PDF median, at least. */
  pdfmakeRatio: 5,
  /** Whole pack, DOCX + PDF, warm, ms, below. */
  packMs: 500,
  /** CLI process for the reference pack, ms, below. */
  cliMs: 1500,
  /** Bytes per PDF page of the charter, below. */
  bytesPerPage: 8 * 1024,
  /** A client's share of a 20-profile batch's wall time / a single CLI run's, at most. */
  batchShare: 1 / 3,
} as const;

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string' },
    iterations: { type: 'string', default: '25' },
    'cli-runs': { type: 'string', default: '5' },
    save: { type: 'string' },
    batch: { type: 'string', default: '20' },
    firm: { type: 'string' },
  },
});

function positiveInt(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

const ITERATIONS = positiveInt(args.iterations, 'iterations', 20);
const CLI_RUNS = positiveInt(args['cli-runs'], 'cli-runs', 1);
const BATCH = positiveInt(args.batch, 'batch', 2);
/**
 * The firm folder passed to every CLI run: the test fixture's (a logo, an accent colour, header
 * and footer, firm-wide overrides, own catalogs and an own document type) unless `--firm DIR`
 * names another or `--firm none` leaves branding out.
 */
const FIXTURE_FIRM = path.join(ROOT, 'tests/fixtures/firm');
const firmDir = args.firm === 'none' ? null : path.resolve(args.firm ?? FIXTURE_FIRM);
const FIRM_ARGS = firmDir ? ['--firm', firmDir] : [];
const WARMUP = 5;
const profilePath = path.resolve(args.profile ?? (existsSync(SHARED_PROFILE) ? SHARED_PROFILE : FIXTURE_PROFILE));

// ---------------------------------------------------------------------------------------------
// Report rows

interface Row {
  id: string;
  label: string;
  /** Milliseconds, or another unit for ratios and sizes. */
  value: number;
  p90?: number;
  unit: 'ms' | '×' | 'B';
  /** Human-readable target, e.g. "< 500 ms". */
  target?: string;
  pass?: boolean;
  /** Breakdown rows are indented and carry no target. */
  detail?: boolean;
}

const rows: Row[] = [];
const facts: Record<string, number | string> = {};

function timed(id: string, label: string, sample: Sample, extra: Partial<Row> = {}): Row {
  const row: Row = { id, label, value: sample.median, p90: sample.p90, unit: 'ms', ...extra };
  rows.push(row);
  return row;
}

function progress(message: string): void {
  process.stderr.write(`  … ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Setup: the reference profile, its models, fonts, theme

const t0 = performance.now();
const text = await readFile(profilePath, 'utf8');
const check = checkProfileText(text, path.basename(profilePath));
if (!check.ok) throw new Error(`${profilePath}: the profile does not validate`);
const { profile, warnings } = check;
const fonts = await loadFontSet(profile.documents.font);
const theme = themeFor(profile.documents.font, profile.documents.fontSize);
const models = await buildPackModels(profile);
const timestamp = packTimestamp(profile.documents.approvalDate, process.env.SOURCE_DATE_EPOCH, () => new Date());
const charter = models.find((m) => m.meta.id === 'charter');
if (!charter) throw new Error('the reference pack has no charter');

// ---------------------------------------------------------------------------------------------
// 1. Charter → PDF and DOCX, ours, warm

progress(`charter → PDF (ours), ${WARMUP} warm-up + ${ITERATIONS} runs`);
const ours = createPdfRenderer(fonts);
const oursPdf = await measure(() => ours.render(charter, theme, timestamp), { warmup: WARMUP, iterations: ITERATIONS });
const charterPdf = await ours.render(charter, theme, timestamp);
const charterPages = await pdfPageCount(charterPdf);

progress(`charter → DOCX, ${WARMUP} warm-up + ${ITERATIONS} runs`);
const oursDocx = await measure(() => renderDocx(charter, theme, timestamp), { warmup: WARMUP, iterations: ITERATIONS });
const charterDocx = await renderDocx(charter, theme, timestamp);

// Breakdown of our PDF: layout alone (measure, break lines, paginate) with warm metrics, and a
// renderer made afresh per document (the five faces parsed again, cold width caches).
const parsed = parseFontSet(fonts);
const metrics = new FontMetrics(parsed);
const oursLayout = await measure(() => layoutPages(charter, theme, metrics), { warmup: WARMUP, iterations: ITERATIONS });
const oursFresh = await measure(() => createPdfRenderer(fonts).render(charter, theme, timestamp), {
  warmup: 2,
  iterations: Math.max(10, Math.round(ITERATIONS / 2)),
});

// ---------------------------------------------------------------------------------------------
// 2. The same model through pdfmake

const pdfmakeRender = createPdfmakeRenderer(fonts.faces);
const lineHeight = theme.lineHeight / (metrics.ascent + metrics.descent);
const textWidth = (s: string, size: number): number => metrics.width(s, 'regular') * size;
// pdfmake lays the definition out in place, so every render converts the model afresh (the
// conversion is part of the timed work, as the model is the input of ours too).
const viaPdfmake = (doc: DocumentModel, keepWithNext: boolean): Promise<Uint8Array> =>
  pdfmakeRender(toPdfmake(doc, theme, { font: PDFMAKE_FONT, lineHeight, textWidth, keepWithNext }));

progress(`charter → PDF (pdfmake), ${WARMUP} warm-up + ${ITERATIONS} runs`);
const pdfmakePlain = await measure(() => viaPdfmake(charter, false), { warmup: WARMUP, iterations: ITERATIONS });
const pdfmakeKeepIterations = Math.max(10, Math.round(ITERATIONS / 2));
progress(`charter → PDF (pdfmake + keep-with-next), 2 warm-up + ${pdfmakeKeepIterations} runs`);
const pdfmakeKeep = await measure(() => viaPdfmake(charter, true), { warmup: 2, iterations: pdfmakeKeepIterations });
const pdfmakePdf = await viaPdfmake(charter, false);
const pdfmakeKeepPdf = await viaPdfmake(charter, true);
const pdfmakePages = await pdfPageCount(pdfmakePdf);
const pdfmakeKeepPages = await pdfPageCount(pdfmakeKeepPdf);

// ---------------------------------------------------------------------------------------------
// 3. The whole pack, warm (generatePack: models, a PDF renderer per call, DOCX + PDF, manifest),
// on this one thread, with the options the CLI passes (native zlib for the DOCX parts; PDFs use
// fflate everywhere); and once more with fflate for the DOCX parts too, as the browser's worker.

const packIterations = Math.max(20, Math.round(ITERATIONS * 0.8));
progress(`whole pack (docx + pdf), 3 warm-up + ${packIterations} runs`);
const packOptions = { formats: ['docx', 'pdf'] as const, fonts, timestamp, deflater: nodeDeflater };
const pack = await measure(() => generatePack(profile, warnings, packOptions), { warmup: 3, iterations: packIterations });
const packOnce = await generatePack(profile, warnings, packOptions);
const browserPackOptions = { formats: ['docx', 'pdf'] as const, fonts, timestamp };
const packBrowser = await measure(() => generatePack(profile, warnings, browserPackOptions), { warmup: 3, iterations: packIterations });
const packModels = await measure(() => buildPackModels(profile), { warmup: 3, iterations: packIterations });
const profileCheck = await measure(() => checkProfileText(text, path.basename(profilePath)), { warmup: 3, iterations: packIterations });

// ---------------------------------------------------------------------------------------------
// 4. The CLI as a whole process

function spawnTimes(argv: string[], runs: number, cwd: string): Sample {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status}:\n${result.stderr}`);
    times.push(elapsed);
  }
  return summarize(times);
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'opkit-bench-'));
let cli: Sample;
let batch: Sample;
let cliDocuments = 0;
try {
  const out = path.join(tmp, 'pack');
  const cliArgs = [CLI, 'generate', profilePath, '--out', out, '--format', 'docx,pdf', ...FIRM_ARGS];
  progress(`CLI process, 1 warm-up + ${CLI_RUNS} runs`);
  spawnTimes(cliArgs, 1, ROOT); // warms the OS file cache; not counted
  cli = spawnTimes(cliArgs, CLI_RUNS, ROOT);
  const manifest: unknown = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'documents' in manifest && Array.isArray(manifest.documents)) {
    cliDocuments = manifest.documents.length;
  }
  // 6. The batch: BATCH copies of the profile (each its own client folder), one process.
  const clients = path.join(tmp, 'clients');
  await mkdir(clients);
  const profileBytes = await readFile(profilePath);
  const names = Array.from({ length: BATCH }, (_, i) => path.join('clients', `client-${String(i + 1).padStart(2, '0')}.yaml`));
  await Promise.all(names.map((name) => writeFile(path.join(tmp, name), profileBytes)));
  progress(`CLI batch of ${BATCH} profiles, 1 run`);
  batch = spawnTimes([CLI, 'generate', ...names, '--out', 'packs', '--format', 'docx,pdf', ...FIRM_ARGS], 1, tmp);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

// Where the CLI's time goes: the same work in a fresh process, phase by phase (bench/cold.ts).
interface ColdPhases {
  boot: number;
  importMs: number;
  checkMs: number;
  loadMs: number;
  firstPackMs: number;
  secondPackMs: number;
}
const PHASES: ReadonlyArray<keyof ColdPhases> = ['boot', 'importMs', 'checkMs', 'loadMs', 'firstPackMs', 'secondPackMs'];

function isColdPhases(value: unknown): value is ColdPhases {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return PHASES.every((key) => typeof record[key] === 'number');
}

progress(`CLI phases in a fresh process (bench/cold.ts), ${CLI_RUNS} runs`);
const coldRuns: ColdPhases[] = [];
for (let i = 0; i < CLI_RUNS; i++) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bench/cold.ts'), profilePath], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`bench/cold.ts exited with ${result.status}:\n${result.stderr}`);
  const parsedLine: unknown = JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
  if (!isColdPhases(parsedLine)) throw new Error(`bench/cold.ts printed an unexpected line: ${result.stdout}`);
  coldRuns.push(parsedLine);
}
const cold = Object.fromEntries(PHASES.map((key) => [key, summarize(coldRuns.map((run) => run[key]))])) as Record<keyof ColdPhases, Sample>;

if (args.save) {
  const dir = path.resolve(args.save);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'charter.pdf'), charterPdf);
  await writeFile(path.join(dir, 'charter.docx'), charterDocx);
  await writeFile(path.join(dir, 'charter-pdfmake.pdf'), pdfmakePdf);
  await writeFile(path.join(dir, 'charter-pdfmake-keep.pdf'), pdfmakeKeepPdf);
}

// ---------------------------------------------------------------------------------------------
// Report

const ratio = pdfmakePlain.median / oursPdf.median;
const ratioKeep = pdfmakeKeep.median / oursPdf.median;
const bytesPerPage = charterPdf.length / charterPages;
const packBytes = packOnce.files.reduce((sum, f) => sum + (typeof f.bytes === 'string' ? Buffer.byteLength(f.bytes) : f.bytes.length), 0);

timed('charterPdf', `charter → PDF, ours (${charterPages} pages)`, oursPdf);
timed('charterPdfLayout', 'layout only (measure, break, paginate)', oursLayout, { detail: true });
timed('charterPdfFreshRenderer', 'fresh renderer per doc (fonts parsed)', oursFresh, { detail: true });
timed('charterDocx', 'charter → DOCX, ours', oursDocx);
timed('charterPdfmake', `charter → PDF, pdfmake (${pdfmakePages} pages)`, pdfmakePlain);
timed('charterPdfmakeKeep', `+ keep-with-next callback (${pdfmakeKeepPages} pages)`, pdfmakeKeep, { detail: true });
rows.push({
  id: 'pdfmakeRatio',
  label: 'pdfmake / ours (PDF median)',
  value: ratio,
  unit: '×',
  target: `≥ ${TARGETS.pdfmakeRatio}×`,
  pass: ratio >= TARGETS.pdfmakeRatio,
});
rows.push({ id: 'pdfmakeRatioKeep', label: 'with keep-with-next', value: ratioKeep, unit: '×', detail: true });
timed('pack', `whole pack, ${packOnce.manifest.documents.length} doc(s) × docx+pdf, warm`, pack, {
  target: `< ${TARGETS.packMs} ms`,
  pass: pack.median < TARGETS.packMs,
});
timed('packBrowserDeflate', 'same with fflate for DOCX too (as in the browser)', packBrowser, { detail: true });
timed('packModels', 'build the models (templates → model)', packModels, { detail: true });
timed('profileCheck', 'check the profile (parse, validate, math)', profileCheck, { detail: true });
timed('cli', `CLI generate --format docx,pdf${firmDir ? ' --firm' : ''} (${CLI_RUNS} runs)`, cli, {
  target: `< ${TARGETS.cliMs} ms`,
  pass: cli.median < TARGETS.cliMs,
});
timed('cliBoot', 'node start-up (to the first line of a script)', cold.boot, { detail: true });
timed('cliImport', 'load the CLI modules, start the render worker', cold.importMs, { detail: true });
timed('cliCheck', 'check the profile, cold', cold.checkMs, { detail: true });
timed('cliLoad', 'import the templates and the documents', cold.loadMs, { detail: true });
timed('cliFirstPack', 'pack: DOCX here, PDF (+ DOCX) on worker, 1st', cold.firstPackMs, { detail: true });
timed('cliSecondPack', 'the same pack again, 2nd call', cold.secondPackMs, { detail: true });
const batchShare = batch.median / BATCH / cli.median;
timed('batch', `CLI batch of ${BATCH} profiles, docx+pdf, ${os.availableParallelism()} thread(s)${firmDir ? ', firm' : ''}`, batch, {
  p90: undefined,
});
timed('batchPerClient', 'one client’s share of the batch', summarize([batch.median / BATCH]), { p90: undefined, detail: true });
rows.push({
  id: 'batchShare',
  label: 'a client in the batch / a single CLI run',
  value: batchShare,
  unit: '×',
  target: `≤ ${TARGETS.batchShare.toFixed(2)}×`,
  pass: batchShare <= TARGETS.batchShare,
});
rows.push({
  id: 'bytesPerPage',
  label: `charter PDF bytes/page (${charterPdf.length} B / ${charterPages})`,
  value: bytesPerPage,
  unit: 'B',
  target: `< ${TARGETS.bytesPerPage} B`,
  pass: bytesPerPage < TARGETS.bytesPerPage,
});
rows.push({
  id: 'pdfmakeBytesPerPage',
  label: `pdfmake PDF bytes/page (${pdfmakePdf.length} B / ${pdfmakePages})`,
  value: pdfmakePdf.length / pdfmakePages,
  unit: 'B',
  detail: true,
});

function fmt(value: number, unit: Row['unit']): string {
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === '×') return `${value.toFixed(1)}×`;
  return `${Math.round(value)} B`;
}

const cpus = os.cpus();
facts.node = process.version;
facts.platform = `${os.platform()} ${os.arch()}`;
facts.cpus = cpus.length;
facts.cpuModel = cpus[0]?.model.trim() ?? 'unknown';
facts.profile = path.relative(ROOT, profilePath).startsWith('..') ? profilePath : path.relative(ROOT, profilePath);
facts.iterations = ITERATIONS;
facts.firm = firmDir ? (path.relative(ROOT, firmDir).startsWith('..') ? firmDir : path.relative(ROOT, firmDir)) : 'none';
facts.charterDocxBytes = charterDocx.length;
facts.packBytes = packBytes;
facts.cliDocuments = cliDocuments;
facts.charterPages = charterPages;
facts.pdfmakePages = pdfmakePages;
// Node's compile cache, when the environment turns it on, speeds up the CLI's module loading.
facts.compileCache = process.env.NODE_COMPILE_CACHE ? 'on' : 'off';
facts.totalSeconds = Math.round((performance.now() - t0) / 100) / 10;

const labelWidth = Math.max(...rows.map((r) => r.label.length + (r.detail ? 2 : 0)));
const header = `${'measure'.padEnd(labelWidth)}  ${'median'.padStart(10)}  ${'p90'.padStart(10)}  ${'target'.padStart(10)}  result`;
const lines = [
  '',
  `opkit bench — ${facts.node}, ${facts.platform}, ${facts.cpus} × ${facts.cpuModel}`,
  `profile: ${facts.profile}; warm runs: ${WARMUP} warm-up + ${ITERATIONS} measured (pack ${packIterations}, CLI ${CLI_RUNS}); NODE_COMPILE_CACHE ${facts.compileCache}`,
  '',
  header,
  '-'.repeat(header.length),
  ...rows.map((r) => {
    const label = (r.detail ? `  ${r.label}` : r.label).padEnd(labelWidth);
    const p90 = r.p90 === undefined ? '' : fmt(r.p90, r.unit);
    const result = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
    return `${label}  ${fmt(r.value, r.unit).padStart(10)}  ${p90.padStart(10)}  ${(r.target ?? '').padStart(10)}  ${result}`.trimEnd();
  }),
  '',
  `charter DOCX ${charterDocx.length} B; pack ${packBytes} B in ${packOnce.files.length} files; bench took ${facts.totalSeconds} s`,
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);

const round = (n: number): number => Math.round(n * 100) / 100;
const json = {
  bench: 'opkit',
  ...facts,
  results: Object.fromEntries(
    rows.map((r) => [
      r.id,
      {
        value: round(r.value),
        ...(r.p90 === undefined ? {} : { p90: round(r.p90) }),
        unit: r.unit === '×' ? 'x' : r.unit,
        ...(r.pass === undefined ? {} : { target: r.target, pass: r.pass }),
      },
    ]),
  ),
};
process.stdout.write(`${JSON.stringify(json)}\n`);
