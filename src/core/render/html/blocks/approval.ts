import type { Approval } from '../../../model/types.ts';
import { SIGNATURE_LINE } from '../../conventions.ts';
import { escapeHtml } from '../escape.ts';

export function approvalHtml(block: Approval): string {
  // A no-break space keeps the name on the line of its signature, as in the PDF and DOCX.
  const signer = block.signer ? `\u00a0<span class="opk-name">${escapeHtml(block.signer)}</span>` : '';
  return (
    '<aside class="opk-approval">' +
    `<p class="opk-approval-label">${escapeHtml(block.label)}</p>` +
    block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    `<p class="opk-approval-sign"><span class="opk-sign-line">${SIGNATURE_LINE}</span>${signer}</p>` +
    `<p class="opk-approval-date">${escapeHtml(block.date)}</p>` +
    '</aside>'
  );
}
