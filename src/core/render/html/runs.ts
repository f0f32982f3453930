import type { Run } from '../../model/types.ts';
import { escapeHtml } from './escape.ts';

/** Runs as inline HTML; a newline inside a run is a line break, as in the DOCX. */
export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.noHyphenate) html = `<span class="opk-name">${html}</span>`;
      return html;
    })
    .join('');
}
