/** `opkit init [FILE]`: write the documented example profile; never overwrite silently. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_PROFILE_YAML } from '../node/example-profile.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { writeNamedFile } from './output.ts';

export async function runInit(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', short: 'f' } },
  });
  if (positionals.length > 1) throw new UsageError('init принимает один файл');
  const file = path.resolve(io.cwd, positionals[0] ?? 'opkit-profile.yaml');
  if (!values.force) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.err(`opkit: файл ${path.relative(io.cwd, file) || file} уже существует; добавьте --force, чтобы перезаписать\n`);
      return EXIT.invalid;
    }
  }
  await writeNamedFile(io, file, await EXAMPLE_PROFILE_YAML());
  io.out(
    `Записан пример профиля: ${path.relative(io.cwd, file) || file}\nОтредактируйте его и запустите: opkit generate ${path.relative(io.cwd, file)} --out docs-pack\n`,
  );
  return EXIT.ok;
}
