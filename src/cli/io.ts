/** What the CLI commands share: exit codes, the usage and output errors, and injectable output. */
import path from 'node:path';
import { terminalSafe } from '../core/text/terminal.ts';

/** 1: invalid input, or the output could not be written; 2: wrong usage (including an --out that is not a folder). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Wrong usage: unknown command or option, missing argument. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The output folder cannot be written (no rights, no space, another run writing it). Exit code 1; the message names the path. */
export class OutputFailure extends Error {
  override name = 'OutputFailure';
}

/** Output streams, injectable so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /**
   * Redraw the one progress line (null: clear it). Present only on a terminal; elsewhere a batch
   * prints plain lines instead.
   */
  progress?: (line: string | null) => void;
}

/** Whether a progress line is on the screen: any other text clears it first. */
let progressShown = false;
const CLEAR_LINE = '\r\x1b[2K';

function clearProgress(): void {
  if (progressShown) process.stderr.write(CLEAR_LINE);
  progressShown = false;
}

/** The real streams; every text is made terminal-safe here, so no command can forget it. */
export const processIo: Io = {
  out: (text) => {
    clearProgress();
    process.stdout.write(terminalSafe(text));
  },
  err: (text) => {
    clearProgress();
    process.stderr.write(terminalSafe(text));
  },
  cwd: process.cwd(),
  ...(process.stderr.isTTY
    ? {
        progress: (line: string | null) => {
          clearProgress();
          if (line === null) return;
          // Cut to the terminal's width: a wrapped line could not be redrawn in place.
          const width = Math.max(20, (process.stderr.columns || 80) - 1);
          process.stderr.write(Array.from(terminalSafe(line)).slice(0, width).join(''));
          progressShown = true;
        },
      }
    : {}),
};

/** A path as the user should read it: relative to the working folder when inside it. */
export function shownPath(io: Io, target: string): string {
  const relative = path.relative(io.cwd, target);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}
