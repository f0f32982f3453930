#!/usr/bin/env node
// Entry point of the `opkit` command. The sources are TypeScript run by Node's own type
// stripping (Node >= 22.18 does it by default); on 22.12–22.17 we re-run with the flag.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Most of a short CLI run is compiling modules; Node's on-disk compile cache (Node >= 22.1)
// makes the second and later runs start markedly faster.
module.enableCompileCache?.();

if (!process.features.typescript) {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', self, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

// The templates are precompiled by `npm ci` / `npm install` (the `prepare` script); a checkout
// whose packages were installed without scripts has none yet.
if (!existsSync(fileURLToPath(new URL('../src/documents/templates.generated.ts', import.meta.url)))) {
  process.stderr.write('opkit: шаблоны документов не собраны: выполните npm run build:templates\n');
  process.exit(3);
}

const { main } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
try {
  process.exitCode = await main(process.argv.slice(2), processIo);
} catch (error) {
  // A failure of opkit itself, not of the input: one line for the user, the stack on request.
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  process.stderr.write(
    `opkit: внутренняя ошибка: ${message}\n` +
      'Это ошибка самой программы, а не ваших данных. Сообщите о ней разработчикам: приложите команду, ' +
      'вывод «opkit --version» и то, что напечатает та же команда с OPKIT_DEBUG=1 (профиль — если можно им поделиться).\n',
  );
  if (process.env.OPKIT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 3;
}
