/**
 * Text the PDF cannot draw, found at validation: a character outside every bundled font
 * (Chinese, emoji, Arabic, a control character) would print as an empty box in the PDF while
 * DOCX and HTML show it. Each field with such characters gets one error that names them.
 */
import { issue, type Issue } from './issues.ts';
import { undrawableChars } from '../text/drawable.ts';

export const GLYPH_CODE = 'text-undrawable';

/** How many of a field's characters a message names. */
const SHOWN = 5;

function describe(ch: string): string {
  const code = `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
  // A control or invisible character is named by its code only: printing it would do harm or nothing.
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `«${ch}» (${code})` : code;
}

/** One error per string field of `value` holding characters the fonts lack. */
export function glyphIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: ReadonlyArray<string | number> }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop() as { value: unknown; path: ReadonlyArray<string | number> };
    if (typeof node === 'string') {
      const chars = undrawableChars(node);
      if (chars.length === 0) continue;
      const named = chars.slice(0, SHOWN).map(describe).join(', ');
      const more = chars.length > SHOWN ? ` и ещё ${chars.length - SHOWN}` : '';
      issues.push(
        issue(
          'error',
          GLYPH_CODE,
          path,
          `символы, которых нет в шрифтах документов: ${named}${more}; в PDF они вышли бы пустыми квадратами — замените их или удалите`,
        ),
      );
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...path, i] });
    } else if (typeof node === 'object' && node !== null && !(node instanceof Date)) {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return issues;
}
