/**
 * Every document template, precompiled at build time (`npm run build:templates`, run by `npm ci`,
 * the test setup and the site build) and imported the same way by the CLI, the browser workers,
 * the site build and the tests: one loader, nothing compiled or written at run time.
 */
import type { PrecompiledTemplate } from '../core/templating/render-template.ts';
import generated from './templates.generated.ts';

export const TEMPLATES: Readonly<Record<string, PrecompiledTemplate>> = generated as Record<string, PrecompiledTemplate>;
