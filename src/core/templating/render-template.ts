/**
 * Run one template: Handlebars (strict) over the protected view, then split the front matter
 * from the Markdown body. The literal table travels with the result so the model builder can
 * put the user's strings back.
 */
import { parse as parseYaml } from 'yaml';
import type { TemplateDelegate } from 'handlebars';
import { TemplateError } from '../errors.ts';
import { handlebars, helperContext } from './environment.ts';
import { LiteralTable } from './literal.ts';

export interface RenderedTemplate {
  /** Front matter, with literal tokens resolved. */
  frontMatter: Record<string, unknown>;
  /** Markdown body, still holding literal tokens. */
  markdown: string;
  literals: LiteralTable;
}

/** How every template is compiled (also used to precompile them at build time for the browser). */
export const TEMPLATE_COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * A template compiled ahead of time with `Handlebars.precompile(source, TEMPLATE_COMPILE_OPTIONS)`
 * and emitted as code (`npm run build:templates`, src/core/templating/precompile.ts): the engine
 * runs only precompiled templates, so the site's Content-Security-Policy (no 'unsafe-eval') holds
 * and the browser never loads the compiler.
 */
export interface PrecompiledTemplate {
  precompiled: unknown;
}

/** What the engine renders: a precompiled template. */
export type TemplateSource = PrecompiledTemplate;

const compiled = new Map<string, { source: TemplateSource; fn: TemplateDelegate }>();

function compile(name: string, source: TemplateSource): TemplateDelegate {
  const hit = compiled.get(name);
  if (hit && hit.source === source) return hit.fn;
  const fn = handlebars.template(source.precompiled as Parameters<typeof handlebars.template>[0]) as TemplateDelegate;
  compiled.set(name, { source, fn });
  return fn;
}

function lineOf(error: unknown): number | null {
  if (error && typeof error === 'object') {
    const line = (error as { lineNumber?: unknown }).lineNumber;
    if (typeof line === 'number') return line;
    const m = /line (\d+)/.exec(String((error as { message?: unknown }).message));
    if (m) return Number(m[1]);
  }
  return null;
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) return `переменная «${missing[1]}» не определена (strict mode)`;
  return message.replace(/ - \d+:\d+$/, '');
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function resolveDeep(value: unknown, literals: LiteralTable): unknown {
  if (typeof value === 'string') return literals.resolve(value);
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, literals));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, literals)]));
  }
  return value;
}

/**
 * Run template `name` over `view` protected with `literals`, giving the Markdown with tokens. A
 * clause override runs with its document's table, so the tokens of both resolve alike.
 */
export function runTemplate(name: string, source: TemplateSource, view: object, literals: LiteralTable): string {
  const previous = helperContext.literals;
  helperContext.literals = literals;
  try {
    return compile(name, source)(literals.protect(view));
  } catch (error) {
    throw new TemplateError(name, explain(error), lineOf(error));
  } finally {
    helperContext.literals = previous;
  }
}

/** Render template `name` with `view`. Throws TemplateError with the template line on failure. */
export function renderTemplate(name: string, source: TemplateSource, view: object): RenderedTemplate {
  const literals = new LiteralTable();
  const text = runTemplate(name, source, view, literals);
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: {}, markdown: text, literals };
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new TemplateError(name, `front matter: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  if (frontMatter === null || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    throw new TemplateError(name, 'front matter must be a mapping', 1);
  }
  return {
    frontMatter: resolveDeep(frontMatter, literals) as Record<string, unknown>,
    markdown: text.slice(match[0].length),
    literals,
  };
}
