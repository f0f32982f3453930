/** Step 7: which documents to build, their font, and the approval date. */
import { DOCUMENT_IDS, DOCUMENT_METAS, type DocumentId } from '../../documents/registry.ts';
import { PathErrors, SelectField, TextField } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';

/** How the wizard names a document: the registry's name, and that it comes per position. */
function labelOf(id: DocumentId): { name: string; summary: string } {
  const meta = DOCUMENT_METAS.find((m) => m.id === id);
  if (!meta) return { name: id, summary: '' };
  return {
    name: meta.perPosition ? `${meta.name} (по каждой должности)` : meta.name,
    summary: meta.variant ? `${meta.summary} ${meta.variant}` : meta.summary,
  };
}

const FONTS = [
  { value: 'Times New Roman', label: 'Times New Roman' },
  { value: 'Arial', label: 'Arial' },
];
const SIZES = [
  { value: '12', label: '12 пт' },
  { value: '13', label: '13 пт' },
  { value: '14', label: '14 пт' },
];

export function DocumentsStep() {
  const { draft, set } = useWizard();
  const include = Array.isArray(draft.documents?.include) ? (draft.documents.include as string[]) : null;
  const chosen = (id: DocumentId) => include === null || include.includes(id);
  return (
    <>
      <fieldset class="group">
        <legend>Состав пакета</legend>
        <p class="muted">Лист ознакомления добавляется к каждому документу.</p>
        {DOCUMENT_IDS.map((id) => (
          <div class="field field--inline" key={id}>
            <input
              id={`doc-${id}`}
              type="checkbox"
              aria-describedby={`doc-${id}-hint`}
              checked={chosen(id)}
              onChange={(e) => {
                const next = DOCUMENT_IDS.filter((d) => (d === id ? e.currentTarget.checked : chosen(d)));
                // All documents is the default; writing it out would pin today's list in the file.
                set(['documents', 'include'], next.length === DOCUMENT_IDS.length ? undefined : next);
              }}
            />
            <label for={`doc-${id}`} class="field__label">
              {labelOf(id).name}
            </label>
            <p class="field__hint" id={`doc-${id}-hint`}>
              {labelOf(id).summary}
            </p>
          </div>
        ))}
        <PathErrors path={['documents', 'include']} />
      </fieldset>
      <fieldset class="group">
        <legend>Оформление</legend>
        <div class="grid grid--3">
          <SelectField path={['documents', 'font']} label="Шрифт" options={FONTS} optional placeholder="Times New Roman (по умолчанию)" />
          <SelectField
            path={['documents', 'fontSize']}
            label="Размер шрифта"
            options={SIZES}
            optional
            numeric
            placeholder="12 пт (по умолчанию)"
          />
          <TextField
            path={['documents', 'approvalDate']}
            label="Дата утверждения"
            type="date"
            optional
            empty={null}
            hint="Пусто — в грифе останется строка для даты."
          />
        </div>
      </fieldset>
    </>
  );
}
