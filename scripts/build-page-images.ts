/**
 * The page images on the landing page: pages of the sample pack (the reference profile, as
 * `opkit generate` writes it) rendered by poppler's pdftoppm to small greyscale PNGs in
 * public/images/pages/. The images are committed, so the site build needs no poppler; run this
 * again when the documents' look changes: `node scripts/build-page-images.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(ROOT, 'public', 'images', 'pages');

/** Which page of which document; the landing page names them in its captions. */
export const PAGE_IMAGES = [
  { doc: 'owner-summary', page: 1 },
  { doc: 'kpi-card-manager', page: 1 },
  { doc: 'motivation', page: 4 },
  { doc: 'charter', page: 1 },
] as const;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
}

const work = mkdtempSync(path.join(tmpdir(), 'opkit-pages-'));
try {
  run(process.execPath, [
    path.join(ROOT, 'bin', 'opkit.js'),
    'generate',
    path.join(ROOT, 'content', 'profiles', 'tehnosnab.yaml'),
    '--out',
    work,
    '--format',
    'pdf',
  ]);
  for (const { doc, page } of PAGE_IMAGES) {
    const stem = path.join(work, `${doc}-p${page}`);
    // 840 px on the long side: sharp on a 2× screen at the 300 px the landing page shows a page.
    run('pdftoppm', [
      '-png',
      '-gray',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      '-scale-to',
      '840',
      path.join(work, `${doc}.pdf`),
      stem,
    ]);
    renameSync(`${stem}.png`, path.join(OUT, `${doc}-${page}.png`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
