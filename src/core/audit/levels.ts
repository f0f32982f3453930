/** The scale of levels as rows to print: title, range of percent, description, and which one is reached. */
import type { Level } from './schema.ts';

export interface LevelRow {
  title: string;
  /** «50–79 %». */
  rangeText: string;
  description: string;
  current: boolean;
}

export function levelRows(levels: readonly Level[], current: Level | null): LevelRow[] {
  return levels.map((level, i) => {
    const next = levels[i + 1];
    const top = next ? next.min - 1 : 100;
    return {
      title: level.title,
      rangeText: `${level.min}–${top}\u00a0%`,
      description: level.description,
      current: level.id === current?.id,
    };
  });
}
