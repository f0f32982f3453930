/**
 * `npm run check:astro`: type-checks the site's .astro files, what `astro check` would do.
 *
 * `astro check` itself refuses to run next to TypeScript 7 ("astro check does not currently
 * support TypeScript 7.0"): its checker, Astro's language server on Volar, drives TypeScript's
 * JavaScript language-service API, which the native compiler (typescript@7, the `tsc` of this
 * repository) does not ship. And `@astrojs/check` cannot be installed beside it at all (its peer
 * is typescript ^5 || ^6). So this workspace package depends on TypeScript 6 (installed nested,
 * in tools/astro-check/node_modules, so the root `tsc` stays TypeScript 7's) and this script runs
 * the language server's checker (the class `@astrojs/check` wraps) with it. Volar's kit, hoisted
 * to the root, loads `typescript` by its bare name, so a module hook resolves that name from
 * here, to TypeScript 6, in this process only.
 *
 * Only the .astro files are checked: the .ts files are `tsc --noEmit`'s job, and checking them
 * again with TypeScript 6 would double the time. Runs `astro sync` first, as `astro check` does.
 *
 * Exit code: 0 when there is no error (warnings and hints are printed but do not fail), 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

if (typeof module.registerHooks !== 'function') {
  console.error(`check:astro needs Node >= 22.15 (module.registerHooks); this is ${process.version}`);
  process.exit(1);
}
// TypeScript 6 as this package resolves it; `typescript` from anywhere else in this process goes there.
const typescript6 = pathToFileURL(require.resolve('typescript')).href;
module.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript') return { url: typescript6, format: 'commonjs', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

// The generated types of `astro:content` (.astro/), fresh: a changed content config changes them.
const sync = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (sync.status !== 0) process.exit(1);

const { AstroCheck } = require('@astrojs/language-server') as typeof import('@astrojs/language-server');
const checker = new AstroCheck(root, require.resolve('typescript'), path.join(root, 'tsconfig.json'));
const files = checker.linter.getRootFileNames().filter((file) => file.endsWith('.astro'));
if (files.length === 0) {
  console.error('check:astro: tsconfig.json includes no .astro file');
  process.exit(1);
}
const result = await checker.lint({ fileNames: files, logErrors: { level: 'hint' } });
console.info(`${result.fileChecked} .astro files: ${result.errors} errors, ${result.warnings} warnings, ${result.hints} hints`);
process.exit(result.errors > 0 || result.fileChecked !== files.length ? 1 : 0);
