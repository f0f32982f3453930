import { AlignmentType } from 'docx';
import type { Align } from '../../model/types.ts';

type WordAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const WORD_ALIGN: Record<Align, WordAlignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export const wordAlignment = (align: Align | undefined): WordAlignment | undefined => (align === undefined ? undefined : WORD_ALIGN[align]);
