/**
 * The `opkit` command line: validate profiles, write the documented example, generate packs, run the express audit.
 * Exit codes: 0 done, 1 invalid input (a profile or an answers file) or an output folder that cannot be
 * written, 2 wrong usage (an --out that is not a folder included).
 * Messages for users are in Russian; an unexpected failure prints one line, not a stack trace
 * (set OPKIT_DEBUG=1 to see it).
 */
import { commandHelp, HELP, isCommand } from './help.ts';
import { EXIT, OutputFailure, UsageError, type Io } from './io.ts';
import { OPKIT_VERSION } from '../node/version.ts';

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // `opkit generate --help` asks for the usage, not for a generation with an unknown option.
  if (command !== undefined && isCommand(command) && rest.some((a) => a === '--help' || a === '-h')) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    switch (command) {
      // Commands load on demand: `validate` should not pay for the renderers' start-up.
      case 'validate':
        return await (await import('./validate.ts')).runValidate(rest, io);
      case 'init':
        return await (await import('./init.ts')).runInit(rest, io);
      case 'generate':
        return await (await import('./generate.ts')).runGenerate(rest, io);
      case 'audit':
        return await (await import('./audit.ts')).runAudit(rest, io);
      case 'clauses':
        return await (await import('./clauses.ts')).runClauses(rest, io);
      case 'diff':
        return await (await import('./diff.ts')).runDiff(rest, io);
      case '--version':
      case '-v':
        io.out(`opkit ${OPKIT_VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`неизвестная команда «${command}»`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`opkit: ${error.message}\n\n${command !== undefined && isCommand(command) ? commandHelp(command) : HELP}`);
      return EXIT.usage;
    }
    if (error instanceof OutputFailure) {
      io.err(`opkit: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
