/** Output formats of a pack. */
export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const MIME: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};
