/**
 * Random valid profiles through the whole CLI (issue 16, «What to build» 6): every one
 * validates, generates in every format with exit 0 (so the pack's consistency check passes),
 * qpdf accepts each PDF, python-docx opens each DOCX, and no unfilled value or template syntax
 * reaches the HTML; each run within 5 s of CPU time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { LEAKS } from '../support/leaks.ts';
import { docxText, qpdfCheck } from '../support/readers.ts';
import { validProfile } from './arbitraries.ts';
import { inProcess, measured } from './cases.ts';
import { CASE_MS, fuzzParams, record } from './config.ts';

test('random valid profiles build a whole pack that every reader accepts', { timeout: 3_600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(validProfile, async ({ file, profile }) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'opkit-fuzz-valid-'));
      try {
        writeFileSync(path.join(dir, 'profile.yaml'), stringify(profile, { lineWidth: 0 }));
        const validate = await inProcess(['validate', 'profile.yaml'], dir);
        expect(validate.exit, `${file}: ${validate.stderr}`).toBe(0);
        // Over budget, the case is measured again in a fresh process against a budget scaled by the
        // machine's slowdown at that moment (cases.ts): the first case pays the test process's cold start.
        const generate = await measured(
          (args, cwd) => inProcess(args, cwd, { wholeProcess: true }),
          ['generate', 'profile.yaml', '--out', 'out', '--format', 'docx,pdf,html'],
          dir,
        );
        record({
          property: 'valid',
          exit: generate.exit,
          ms: Math.round(generate.ms),
          cpuMs: Math.round(generate.cpuMs),
          mb: null,
        });
        expect(generate.exit, `${file}: ${generate.stderr}`).toBe(0);
        expect(generate.cpuMs, `${file}: a pack within 5 s of CPU time (slowdown now ${generate.slowdown ?? 1})`).toBeLessThan(
          CASE_MS * (generate.slowdown ?? 1),
        );
        const out = path.join(dir, 'out');
        const files = readdirSync(out);
        for (const name of files.filter((f) => f.endsWith('.pdf'))) {
          const check = qpdfCheck(path.join(out, name));
          expect(check.ok, `${file} ${name}: ${check.output}`).toBe(true);
        }
        for (const name of files.filter((f) => f.endsWith('.docx'))) {
          expect(docxText(path.join(out, name)).length, `${file} ${name}`).toBeGreaterThan(100);
        }
        for (const name of files.filter((f) => f.endsWith('.html'))) {
          const text = readFileSync(path.join(out, name), 'utf8')
            .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
            .replace(/<[^>]+>/g, ' ');
          expect(LEAKS.exec(text)?.[0], `${file} ${name}`).toBeUndefined();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    fuzzParams(0.01, 2),
  );
});
