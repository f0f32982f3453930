/**
 * What the audit's two documents share: the level scale (from the core), the noun «вопрос», and
 * their frame (an audit document is neither approved nor signed for acknowledgement: only the
 * company line). A module of its own, not in src/documents/shared: the core's audit names the
 * pack's documents through the registry, so the pack's shared code must not import the audit.
 */
export { type LevelRow, levelRows } from '../core/audit/levels.ts';
import type { DocumentFrame } from '../core/compose/build-document.ts';
import type { TemplateSource } from '../core/templating/render-template.ts';
import { TEMPLATES } from './templates.ts';

export const QUESTION = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };

export function auditFrame(organization: string, city: string | null): DocumentFrame {
  return { organization, city: city ?? '', approval: null, acknowledgement: null, lang: 'ru-RU' };
}

/** A template by name: the given ones (tests) over the bundled precompiled ones. */
export function auditTemplate(templates: Readonly<Record<string, TemplateSource>> | undefined, name: string): TemplateSource {
  const source = templates?.[name] ?? TEMPLATES[name];
  if (source === undefined) throw new Error(`template not found: ${name}`);
  return source;
}

export interface AuditDocumentOptions {
  /** Templates by name over the bundled ones (tests); the bundled precompiled templates by default. */
  templates?: Readonly<Record<string, TemplateSource>>;
}
