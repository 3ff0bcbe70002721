import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface PassphraseActions {
  /** Each resolves to null on success or words for the person; `set` gives the recovery code of a new passphrase. */
  set(passphrase: string): Promise<{ error: string | null; recoveryCode: string | null }>;
  remove(): Promise<string | null>;
  lock(): Promise<string | null>;
  setAutoLock(minutes: number): Promise<void>;
}

interface PassphraseSettingsProps {
  hasPassphrase: boolean;
  autoLockMinutes: number;
  actions: PassphraseActions;
}

const AUTO_LOCK_CHOICES = [0, 5, 15, 30, 60];

/**
 * The lock in Settings: set a passphrase (with the warning that nothing can
 * be recovered without it or the recovery code, and the code shown once),
 * lock now, change or remove it, and the idle time after which Dokaz locks.
 */
export function PassphraseSettings({ hasPassphrase, autoLockMinutes, actions }: PassphraseSettingsProps) {
  const { t } = useI18n();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: string | null }>({
    busy: false,
    error: null,
    done: null,
  });
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const mismatch = second !== '' && first !== second;
  async function run(work: () => Promise<string | null>, done: string) {
    setState({ busy: true, error: null, done: null });
    const error = await work();
    setState({ busy: false, error, done: error ? null : done });
  }

  if (recoveryCode) {
    return (
      <div class="passphrase-settings" data-testid="recovery-code-panel">
        <p>
          <strong>{t('lock.recoveryTitle')}</strong>
        </p>
        <p>{t('lock.recoveryExplain')}</p>
        <p class="recovery-code" data-testid="recovery-code">
          {recoveryCode}
        </p>
        <button type="button" class="primary" onClick={() => setRecoveryCode(null)}>
          {t('lock.recoveryDone')}
        </button>
      </div>
    );
  }

  const form = (submitLabel: string, onSubmit: () => void, extra?: preact.ComponentChildren) => (
    <form
      class="passphrase-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label for="passphrase-new">{t('lock.newPassphrase')}</label>
      <input
        id="passphrase-new"
        type="password"
        autoComplete="new-password"
        value={first}
        onInput={(event) => setFirst(event.currentTarget.value)}
        data-testid="passphrase-new"
      />
      <label for="passphrase-repeat">{t('lock.repeatPassphrase')}</label>
      <input
        id="passphrase-repeat"
        type="password"
        autoComplete="new-password"
        value={second}
        aria-invalid={mismatch}
        onInput={(event) => setSecond(event.currentTarget.value)}
        data-testid="passphrase-repeat"
      />
      {mismatch ? <p class="field-error">{t('lock.mismatch')}</p> : null}
      {extra}
      <button
        type="submit"
        class="primary"
        disabled={state.busy || first === '' || first !== second || (!hasPassphrase && !understood)}
        data-testid="passphrase-submit"
      >
        {state.busy ? t('lock.working') : submitLabel}
      </button>
    </form>
  );

  const submit = () =>
    void (async () => {
      setState({ busy: true, error: null, done: null });
      const result = await actions.set(first);
      setFirst('');
      setSecond('');
      setState({ busy: false, error: result.error, done: result.error ? null : t('lock.changed') });
      if (result.recoveryCode) setRecoveryCode(result.recoveryCode);
    })();

  return (
    <div class="passphrase-settings">
      {hasPassphrase ? (
        <>
          <p>{t('lock.isSet')}</p>
          <div class="form-buttons">
            <button
              type="button"
              class="primary"
              onClick={() => void run(actions.lock, t('lock.locked'))}
              data-testid="lock-now"
            >
              {t('lock.lockNow')}
            </button>
          </div>
          <label class="auto-lock">
            <span>{t('lock.autoLock')}</span>
            <select
              value={String(autoLockMinutes)}
              onChange={(event) => void actions.setAutoLock(Number(event.currentTarget.value))}
              data-testid="auto-lock"
            >
              {AUTO_LOCK_CHOICES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {minutes === 0 ? t('lock.autoLockNever') : t('lock.autoLockMinutes', { count: minutes })}
                </option>
              ))}
            </select>
          </label>
          <h3>{t('lock.changeTitle')}</h3>
          {form(t('lock.change'), submit)}
          <h3>{t('lock.removeTitle')}</h3>
          <p>{t('lock.removeExplain')}</p>
          {confirmRemove ? (
            <div class="form-buttons">
              <button
                type="button"
                class="danger"
                onClick={() => void run(actions.remove, t('lock.removed'))}
                data-testid="passphrase-remove-confirm"
              >
                {t('lock.removeConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmRemove(false)}>
                {t('delete.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              class="danger-outline"
              onClick={() => setConfirmRemove(true)}
              data-testid="passphrase-remove"
            >
              {t('lock.remove')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('lock.explain')}</p>
          {form(
            t('lock.set'),
            submit,
            <label class="checkbox">
              <input
                type="checkbox"
                checked={understood}
                onChange={(event) => setUnderstood(event.currentTarget.checked)}
                data-testid="passphrase-understood"
              />
              <span>{t('lock.noRecoveryWarning')}</span>
            </label>,
          )}
        </>
      )}
      {state.error ? (
        <p class="error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.done ? (
        <p class="ok" role="status">
          {state.done}
        </p>
      ) : null}
    </div>
  );
}
