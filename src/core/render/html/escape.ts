/** Text to HTML: every character that could start markup or end an attribute is escaped. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * C0 controls (other than tab and newline), lone surrogates and non-characters are HTML parse
 * errors and print as nothing useful; they are dropped, as the DOCX renderer drops them.
 */
const UNPRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeHtml(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
