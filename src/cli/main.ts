/**
 * The `opkit` command line: validate profiles, write the documented example, generate packs, run the express audit.
 * Exit codes: 0 done, 1 invalid input (a profile or an answers file) or an output folder that cannot be
 * written, 2 wrong usage (an --out that is not a folder included).
 * Messages for users are in Russian; an unexpected failure prints one line, not a stack trace
 * (set OPKIT_DEBUG=1 to see it).
 */
import { EXIT, OutputFailure, UsageError, type Io } from './io.ts';

const HELP = `opkit — пакет документов отдела продаж из профиля компании

Использование:
  opkit validate ФАЙЛ...                 проверить профили (YAML или JSON)
  opkit init [ФАЙЛ]                      записать пример профиля с комментариями (по умолчанию opkit-profile.yaml)
  opkit generate ФАЙЛ... --out ПАПКА     сформировать документы
        [--format docx,pdf,html]         форматы (по умолчанию все три)
        [--zip]                          дополнительно упаковать пакет в ZIP
        [--firm ПАПКА]                   фирменный стиль консультанта: логотип, колонтитулы, цвет, шрифт (docs/firm.md)
  opkit audit ОТВЕТЫ --out ПАПКА         отчёт экспресс-аудита по файлу ответов (YAML или JSON)
        [--format pdf,docx]              форматы (по умолчанию pdf и docx; можно и html)
  opkit audit init [ФАЙЛ]                записать пример файла ответов со всеми вопросами (по умолчанию opkit-audit.yaml)
  opkit audit blank --out ПАПКА          пустой чек-лист для печати
  opkit clauses [ДОКУМЕНТ]               идентификаторы разделов, пунктов и таблиц с текстом
        [--profile ФАЙЛ]                 текст по этому профилю (по умолчанию — по примеру)

Коды завершения: 0 — готово, 1 — ошибки во входных данных или папку нельзя записать, 2 — неверный вызов.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // `opkit generate --help` asks for the usage, not for a generation with an unknown option.
  if (command !== undefined && !command.startsWith('-') && rest.some((a) => a === '--help' || a === '-h')) {
    io.out(HELP);
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
      case '--version':
      case '-v':
        io.out('opkit 0.1.0\n');
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
      io.err(`opkit: ${error.message}\n\n${HELP}`);
      return EXIT.usage;
    }
    if (error instanceof OutputFailure) {
      io.err(`opkit: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
