/**
 * Clause overrides from a file: the firm's overrides.yaml, or a profile's `documents.overrides`.
 * Each entry is checked before anything is built: its shape, its template's syntax, and its
 * target against every id the pack's templates can produce (an unknown id gets the closest one
 * as a suggestion). A field the view lacks shows when the fragment runs over a client's view.
 */
import { matchesId, type TemplateIds } from '../../core/firm/template-ids.ts';
import { targetDocument, type ClauseOverride, type OverrideProblem } from '../../core/firm/overrides.ts';
import { OverrideEntrySchema } from '../../core/profile/sections/documents.ts';
import { profileErrorMap } from '../../core/profile/messages.ts';
import { closest } from '../../core/profile/say.ts';
import { compileTemplateSource } from '../../core/templating/precompile.ts';
import type { YamlFile } from './yaml-file.ts';

/** A Handlebars syntax error in Russian, with the line of the fragment it is on. */
export function syntaxProblem(error: unknown): { line: number | null; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):/.exec(text);
  if (parse) {
    const eof = /got 'EOF'/.test(text);
    return {
      line: Number(parse[1]),
      message: eof
        ? 'ошибка в шаблоне: текст обрывается — не закрыт блок {{#…}} или фигурные скобки {{ }}'
        : 'ошибка в шаблоне: неверная запись в фигурных скобках {{ }}',
    };
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):\d+/.exec(text);
  if (mismatch) return { line: Number(mismatch[3]), message: `ошибка в шаблоне: блок {{#${mismatch[1]}}} закрыт как {{/${mismatch[2]}}}` };
  return { line: null, message: `ошибка в шаблоне: ${text.split('\n')[0] ?? ''}` };
}

/** The ids a target may name: the documents the pack can have and each one's possible ids. */
export function checkTarget(target: string, known: readonly TemplateIds[]): string | null {
  const document = targetDocument(target);
  const ids = known.filter((k) => k.document === document).flatMap((k) => k.ids);
  if (ids.length === 0) {
    const guess = closest(document, [...new Set(known.map((k) => k.document))]);
    return `нет документа «${document}»${guess ? ` (возможно, имелся в виду «${guess}»)` : ''}; список документов: opkit clauses`;
  }
  if (matchesId(target, ids)) return null;
  const guess = closest(
    target,
    ids.filter((id) => !id.includes('*')),
  );
  return `в документе «${document}» нет раздела, пункта или таблицы «${target}»${guess ? ` (возможно, имелся в виду «${guess}»)` : ''}; список: opkit clauses ${document}`;
}

/**
 * The overrides of the list at `path` in `file` (`['overrides']` in overrides.yaml,
 * `['documents', 'overrides']` in a profile): compiled, or every problem found.
 */
export function readOverrides(
  file: YamlFile,
  path: ReadonlyArray<string | number>,
  scope: ClauseOverride['origin']['scope'],
  known: readonly TemplateIds[],
): { overrides: ClauseOverride[]; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const overrides: ClauseOverride[] = [];
  let list: unknown = file.value;
  for (const key of path) list = list !== null && typeof list === 'object' ? (list as Record<string | number, unknown>)[key] : undefined;
  if (list === undefined || list === null) return { overrides, problems };
  if (!Array.isArray(list)) {
    problems.push({
      file: file.file,
      line: file.lineOf(path),
      message: `«${path.join('.')}» должен быть списком переопределений (- replace: …)`,
    });
    return { overrides, problems };
  }
  list.forEach((raw: unknown, index) => {
    const at = [...path, index];
    const line = file.lineOf(at);
    const parsed = OverrideEntrySchema.safeParse(raw, { error: profileErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        problems.push({
          file: file.file,
          line: file.lineOf([...at, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]),
          message: `${where}${issue.message}`,
        });
      }
      return;
    }
    const entry = parsed.data;
    const action = entry.replace !== null ? 'replace' : entry.after !== null ? 'after' : 'remove';
    const target = (entry.replace ?? entry.after ?? entry.remove) as string;
    const wrong = checkTarget(target, known);
    if (wrong) {
      problems.push({ file: file.file, line: file.lineOf([...at, action]), message: wrong });
      return;
    }
    const textLine = file.textLineOf([...at, 'text']);
    let template: ClauseOverride['template'] = null;
    if (entry.text !== null) {
      try {
        template = compileTemplateSource(entry.text);
      } catch (error) {
        const problem = syntaxProblem(error);
        const lineInText = problem.line !== null && textLine !== null ? textLine + problem.line - 1 : line;
        problems.push({ file: file.file, line: lineInText, message: problem.message });
        return;
      }
    }
    overrides.push({ action, target, text: entry.text, template, origin: { file: file.file, line, textLine, scope } });
  });
  return { overrides, problems };
}
