import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_KEYS, type Annotation, type AnnotationPatch, type Case } from '../utils/case-work/types';
import type { CategoryKey } from '../utils/i18n/catalog';
import { useI18n } from './i18n';

/** What the form holds while the person edits: tags as typed. */
export interface AnnotationDraft {
  caseId: string | null;
  tags: string;
  categories: readonly CategoryKey[];
  note: string;
}

export function draftOf(annotation: Annotation): AnnotationDraft {
  return {
    caseId: annotation.caseId,
    tags: annotation.tags.join(', '),
    categories: annotation.categories,
    note: annotation.note,
  };
}

/** "a, b ,, c" → ["a", "b", "c"]: trimmed, without blanks or repeats. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()))].filter(Boolean);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** Only the fields the draft changes: each one becomes a custody event's `details.fields`. */
export function changedPatch(annotation: Annotation, draft: AnnotationDraft): AnnotationPatch {
  const patch: AnnotationPatch = {};
  if (draft.caseId !== annotation.caseId) patch.caseId = draft.caseId;
  const tags = parseTags(draft.tags);
  if (!sameList(tags, annotation.tags)) patch.tags = tags;
  const categories = CATEGORY_KEYS.filter((key) => draft.categories.includes(key));
  if (!sameList(categories, annotation.categories)) patch.categories = categories;
  if (draft.note !== annotation.note) patch.note = draft.note;
  return patch;
}

export interface AnnotationSaveState {
  busy: boolean;
  /** Why the last save failed, in words for the person. */
  error: string | null;
  saved: boolean;
}

interface AnnotationFormProps {
  /** The stored annotation, followed live: the form starts again from it whenever it changes. */
  annotation: Annotation;
  cases: readonly Case[];
  state: AnnotationSaveState;
  /** Called with the changed fields only, never with an empty patch. */
  onSave: (patch: AnnotationPatch) => void;
}

/** A capture's case, tags, abuse categories and note: what a monitor adds, beside the evidence. */
export function AnnotationForm({ annotation, cases, state, onSave }: AnnotationFormProps) {
  const { t, catalog } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(annotation));
  const [unchanged, setUnchanged] = useState(false);
  const stored = JSON.stringify(draftOf(annotation));
  useEffect(() => setDraft(draftOf(annotation)), [stored]);

  const edit = (change: Partial<AnnotationDraft>) => {
    setUnchanged(false);
    setDraft((current) => ({ ...current, ...change }));
  };
  const dirty = Object.keys(changedPatch(annotation, draft)).length > 0;
  const caseName = (item: Case) =>
    item.status === 'closed' ? t('cases.closedOption', { name: item.name }) : item.name;

  return (
    <form
      class="annotation-form"
      data-testid="annotation-form"
      onSubmit={(event) => {
        event.preventDefault();
        const patch = changedPatch(annotation, draft);
        if (Object.keys(patch).length === 0) setUnchanged(true);
        else onSave(patch);
      }}
    >
      <h2 id="annotation-heading">{t('annotation.heading')}</h2>
      <p class="hint annotation-explain">{t('annotation.explain')}</p>

      <label for="annotation-case">{t('annotation.case')}</label>
      <select
        id="annotation-case"
        name="caseId"
        value={draft.caseId ?? ''}
        onChange={(event) => edit({ caseId: event.currentTarget.value || null })}
      >
        <option value="">{t('annotation.noCase')}</option>
        {cases.map((item) => (
          <option key={item.id} value={item.id}>
            {caseName(item)}
          </option>
        ))}
      </select>

      <label for="annotation-tags">{t('annotation.tags')}</label>
      <input
        id="annotation-tags"
        name="tags"
        type="text"
        autoComplete="off"
        value={draft.tags}
        aria-describedby="annotation-tags-hint"
        onInput={(event) => edit({ tags: event.currentTarget.value })}
      />
      <p id="annotation-tags-hint" class="hint">
        {t('annotation.tagsHint')}
      </p>

      <fieldset class="annotation-categories">
        <legend>{t('annotation.categories')}</legend>
        {CATEGORY_KEYS.map((key) => (
          <label key={key} class="checkbox">
            <input
              type="checkbox"
              name="categories"
              value={key}
              checked={draft.categories.includes(key)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                edit({
                  categories: on ? [...draft.categories, key] : draft.categories.filter((other) => other !== key),
                });
              }}
            />{' '}
            {catalog.categories[key]}
          </label>
        ))}
      </fieldset>

      <label for="annotation-note">{t('annotation.note')}</label>
      <textarea
        id="annotation-note"
        name="note"
        rows={4}
        value={draft.note}
        onInput={(event) => edit({ note: event.currentTarget.value })}
      />

      <div class="form-buttons">
        <button type="submit" class="primary-button" disabled={state.busy}>
          {state.busy ? t('annotation.saving') : t('annotation.save')}
        </button>
      </div>
      <div role="status" data-testid="annotation-status">
        {state.error ? null : unchanged ? (
          <p class="hint">{t('annotation.unchanged')}</p>
        ) : state.saved && !dirty && !state.busy ? (
          <p class="ok">{t('annotation.saved')}</p>
        ) : null}
      </div>
      {state.error ? (
        <p class="error" role="alert">
          {t('annotation.failed', { reason: state.error })}
        </p>
      ) : null}
    </form>
  );
}
