/**
 * Text bound for a terminal, made inert. Profile strings reach error messages and warnings;
 * an escape sequence in one (`\e[2K\r`, an OSC 8 link, a window title) would rewrite what the
 * user sees. Control characters and the bidirectional overrides that reorder a line are shown
 * escaped (`\x1b`, `\u202e`); line feeds and tabs stay, since messages are laid out with them.
 */
// C0 controls but \t and \n, DEL, C1 controls, and the Unicode bidi controls and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
