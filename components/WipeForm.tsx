import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fold } from '../utils/case-work/fold';
import type { UiKey } from '../utils/i18n/catalog';
import { useI18n } from './i18n';

interface WipeFormProps {
  /** Called once the person has read what goes and typed the word. */
  onWipe: () => void;
  busy: boolean;
  /** Why the last attempt failed, in words for the person. */
  error: string | null;
  /** The offer to export everything first (the page's export panel); nothing when there is nothing to export. */
  exportOffer?: ComponentChildren;
}

const WHAT_GOES: UiKey[] = [
  'wipe.item.captures',
  'wipe.item.custody',
  'wipe.item.cases',
  'wipe.item.catalogue',
  'wipe.item.key',
  'wipe.item.settings',
];

/**
 * The word as a person types it: any case, either script (a Macedonian may
 * type "izbrisi" on a Latin keyboard), with or without the marks.
 */
export function isWipeWord(typed: string, word: string): boolean {
  return fold(typed.trim()) === fold(word);
}

/**
 * "Delete everything", asked twice: first what goes, that it cannot be
 * undone, and the offer to export first; then a word to type. Nothing is
 * sent before both.
 */
export function WipeForm({ onWipe, busy, error, exportOffer }: WipeFormProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<'closed' | 'explain' | 'type'>('closed');
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const word = t('wipe.word');
  useEffect(() => {
    if (step === 'explain') heading.current?.focus();
    if (step === 'type') input.current?.focus();
  }, [step]);

  const cancel = () => {
    setStep('closed');
    setTyped('');
    setWrong(false);
  };
  const cancelButton = (
    <button type="button" disabled={busy} onClick={cancel}>
      {t('wipe.cancel')}
    </button>
  );

  if (step === 'closed') {
    return (
      <button type="button" class="danger-outline" onClick={() => setStep('explain')}>
        {t('wipe.open')}
      </button>
    );
  }

  if (step === 'explain') {
    return (
      <div class="wipe-form" data-testid="wipe-explain">
        <h3 tabIndex={-1} ref={heading}>
          {t('wipe.question')}
        </h3>
        <p>{t('wipe.whatGoes')}</p>
        <ul>
          {WHAT_GOES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>
          <strong>{t('wipe.irreversible')}</strong>
        </p>
        <p>{t('wipe.savedFiles')}</p>
        {exportOffer ? (
          <div class="wipe-export">
            <p>{t('wipe.exportFirst')}</p>
            {exportOffer}
          </div>
        ) : null}
        <div class="form-buttons">
          <button type="button" class="danger-outline" onClick={() => setStep('type')}>
            {t('wipe.continue')}
          </button>
          {cancelButton}
        </div>
      </div>
    );
  }

  return (
    <form
      class="wipe-form"
      data-testid="wipe-confirm"
      aria-label={t('wipe.heading')}
      onSubmit={(event) => {
        event.preventDefault();
        const right = isWipeWord(typed, word);
        setWrong(!right);
        if (right) onWipe();
      }}
    >
      <h3>{t('wipe.question')}</h3>
      <label for="wipe-word">{t('wipe.wordLabel', { word })}</label>
      <input
        id="wipe-word"
        name="word"
        type="text"
        autoComplete="off"
        spellcheck={false}
        ref={input}
        value={typed}
        aria-invalid={wrong}
        aria-describedby={wrong ? 'wipe-word-wrong' : undefined}
        onInput={(event) => setTyped(event.currentTarget.value)}
      />
      {wrong ? (
        <p id="wipe-word-wrong" class="field-error">
          {t('wipe.wrongWord', { word })}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {t('wipe.failed', { reason: error })}
        </p>
      ) : null}
      <div class="form-buttons">
        <button type="submit" class="danger" disabled={busy}>
          {busy ? t('wipe.busy') : t('wipe.confirm')}
        </button>
        {cancelButton}
      </div>
    </form>
  );
}
