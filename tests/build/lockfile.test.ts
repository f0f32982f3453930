/**
 * package-lock.json must name every platform's native packages (Astro's compiler, rolldown --
 * Vite 8's bundler, there is no rollup here --, esbuild, lightningcss, Biome, TypeScript 7 ...),
 * or `npm ci` rejects the lock as out of sync and macOS or Windows get no compiler. `npm install`
 * over an existing node_modules can leave other platforms' optional packages out of the lock;
 * `npm install --package-lock-only` puts them back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const entries = lock.packages;

/** Where Node would find `name` from the package installed at `location`, if the lock has it. */
function resolves(location: string, name: string): boolean {
  let dir = location;
  for (;;) {
    if (entries[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

test('every dependency and optional dependency in the lock has its own entry', () => {
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(entries)) {
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      if (!resolves(location, name)) missing.push(`${location || '(root)'} -> ${name}`);
    }
  }
  expect(missing, 'run `npm install --package-lock-only` and commit the lock').toEqual([]);
});

test('native packages for Linux, macOS and Windows are locked', () => {
  for (const name of [
    '@astrojs/compiler-binding-darwin-arm64',
    '@astrojs/compiler-binding-win32-x64-msvc',
    '@rolldown/binding-darwin-arm64',
    '@esbuild/win32-x64',
    'lightningcss-darwin-arm64',
    '@biomejs/cli-win32-x64',
    '@typescript/typescript-darwin-arm64',
  ]) {
    expect(entries[`node_modules/${name}`], name).toBeDefined();
  }
});
