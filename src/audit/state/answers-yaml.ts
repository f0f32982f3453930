/**
 * The answers as a YAML file for `opkit audit`, checked by the CLI's own validation first, so a
 * file the page writes is one the command line reads. Loaded on demand (zod, the YAML writer).
 */
import * as z from 'zod';
import { answersYaml } from '../../core/audit/answers-yaml.ts';
import { validateAnswers } from '../../core/audit/load-answers.ts';
import type { AnswersFileInput } from '../../core/audit/schema.ts';

// The site's CSP has no 'unsafe-eval'; zod would otherwise probe `new Function`.
z.config({ jitless: true });

export type YamlResult = { ok: true; text: string } | { ok: false; errors: string[] };

export function answersFileYaml(file: AnswersFileInput): YamlResult {
  const checked = validateAnswers(file);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)) };
  return { ok: true, text: answersYaml(checked.audit) };
}
