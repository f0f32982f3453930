/** Model runs to Word runs. Text is literal: the docx library escapes it for XML. */
import { TextRun } from 'docx';
import type { Run } from '../../model/types.ts';

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab/newline, lone surrogates,
 * U+FFFE/U+FFFF). One of them in a w:t makes Word refuse the whole file, so they are dropped.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '');

export interface RunOptions {
  /** Font size in points when it differs from the paragraph style's. */
  sizePt?: number;
}

/** A newline inside a run is a line break within the paragraph (Shift+Enter in Word). */
export function toTextRuns(runs: readonly Run[], options: RunOptions = {}): TextRun[] {
  const size = options.sizePt === undefined ? undefined : Math.round(options.sizePt * 2);
  return runs.flatMap((run) =>
    xmlSafe(run.text)
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map(
        (line, i) =>
          new TextRun({
            text: line,
            break: i > 0 ? 1 : undefined,
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            // Word hyphenates only text it proofs: a name is marked not to be proofed.
            noProof: run.noHyphenate || undefined,
            size,
          }),
      ),
  );
}
