/**
 * The browser build runs templates precompiled at build time (the site's CSP forbids the
 * `new Function` that compiling needs; see src/browser/vite-plugins.ts). Precompiled and
 * run-time-compiled templates must build the same documents for every fixture profile, and
 * a template error must still name its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, test } from 'vitest';
import { checkProfileText } from '../../src/core/check.ts';
import { TemplateError } from '../../src/core/errors.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { renderTemplate, TEMPLATE_COMPILE_OPTIONS, type PrecompiledTemplate } from '../../src/core/templating/render-template.ts';
import { loadTemplates } from '../../src/node/templates.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/profiles/', import.meta.url));
const files = readdirSync(FIXTURES).filter((f) => /\.(ya?ml|json)$/.test(f));

function catchError(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (error) {
    return error as TemplateError;
  }
  throw new Error('no error');
}

/** What the Vite plugin emits, evaluated here as the bundler would load it. */
function precompile(source: string): PrecompiledTemplate {
  const spec = String(Handlebars.precompile(source, TEMPLATE_COMPILE_OPTIONS));
  return { precompiled: new Function(`return ${spec};`)() };
}

describe('precompiled templates', async () => {
  const sources = await loadTemplates();
  const precompiled = Object.fromEntries(Object.entries(sources).map(([name, source]) => [name, precompile(source)]));

  test.each(files)('%s: same document models as run-time compiled templates', (file) => {
    const checked = checkProfileText(readFileSync(FIXTURES + file, 'utf8'), file);
    if (!checked.ok) throw new Error(`${file} is not valid`);
    expect(buildPackModels(checked.profile, precompiled)).toEqual(buildPackModels(checked.profile, sources));
  });

  test('a missing variable still fails with its name and line', () => {
    const template = precompile('строка 1\n{{#if x}}\n{{missing}}\n{{/if}}\n');
    const compiledError = catchError(() => renderTemplate('broken-source.md.hbs', 'строка 1\n{{#if x}}\n{{missing}}\n{{/if}}\n', { x: true }));
    const precompiledError = catchError(() => renderTemplate('broken.md.hbs', template, { x: true }));
    expect(precompiledError).toBeInstanceOf(TemplateError);
    expect(precompiledError.message).toMatch(/«missing»/);
    expect(precompiledError.line).toBe(3);
    expect(precompiledError.line).toBe(compiledError.line);
  });
});
