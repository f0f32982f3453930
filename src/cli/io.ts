/** What the CLI commands share: exit codes, the usage error, and injectable output. */
import { terminalSafe } from '../core/text/terminal.ts';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Wrong usage: unknown command or option, missing argument. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Output streams, injectable so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** The real streams; every text is made terminal-safe here, so no command can forget it. */
export const processIo: Io = {
  out: (text) => process.stdout.write(terminalSafe(text)),
  err: (text) => process.stderr.write(terminalSafe(text)),
  cwd: process.cwd(),
};
