/**
 * The Handlebars runtime alone (no compiler): the engine only runs precompiled templates, so the
 * browser's worker never ships the compiler. The package types the runtime entry as an empty
 * module, though it exports the same environment as the full build minus `compile`.
 */
import type FullHandlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';

export type HandlebarsEnvironment = Omit<typeof FullHandlebars, 'compile' | 'precompile' | 'parse'>;

export const HandlebarsRuntime = runtime as unknown as HandlebarsEnvironment;
