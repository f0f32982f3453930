/**
 * «Открыть файл ответов»: an answers file saved by this page (or written for the command line)
 * opened back into the audit. The file is read and checked in the page by the CLI's own loader,
 * loaded on click; a file with problems is refused whole and the current answers stay.
 */
import { useState } from 'preact/hooks';
import { OpenFileButton } from '../../wizard/ui/OpenFileButton.tsx';
import type { AuditState } from '../state/answers.ts';

export interface AnswersFileProps {
  /** Whether opening a file would replace answers the user has given. */
  hasAnswers: boolean;
  onLoaded: (state: AuditState, notice: string) => void;
}

export function OpenAnswersFile({ hasAnswers, onLoaded }: AnswersFileProps) {
  const [problems, setProblems] = useState<string[] | null>(null);

  const open = async (file: File) => {
    const { answersFromFile, MAX_ANSWERS_FILE_BYTES } = await import('../state/answers-load.ts');
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      setProblems([`Файл «${file.name}» больше 1 МБ — это не файл ответов аудита.`]);
      return;
    }
    const loaded = answersFromFile(await file.text(), file.name);
    if (!loaded.ok) {
      setProblems(loaded.problems);
      return;
    }
    if (hasAnswers && !globalThis.confirm('Заменить текущие ответы ответами из файла?')) return;
    setProblems(null);
    const notes = loaded.notes.length > 0 ? ` ${loaded.notes.join(' ')}` : '';
    onLoaded(loaded.state, `Ответы загружены из файла «${file.name}».${notes}`);
  };

  return (
    <div class="answers-file">
      <OpenFileButton label="Открыть файл ответов" onFile={open} />
      {problems ? (
        <div class="alert" role="alert">
          <p>Файл не открыт, текущие ответы не изменились:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
