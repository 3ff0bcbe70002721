import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

interface UnlockScreenProps {
  /** Resolves to null when unlocked, or to words for the person (a wrong passphrase). */
  onUnlock: (secret: string, recoveryCode: boolean) => Promise<string | null>;
  compact?: boolean;
}

/**
 * All a locked Dokaz shows: no count, no title, nothing captured. Someone who
 * opens it on a shared computer learns only that it is locked.
 */
export function UnlockScreen({ onUnlock, compact }: UnlockScreenProps) {
  const { t } = useI18n();
  const [secret, setSecret] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const field = {
    value: secret,
    onInput: (event: Event) => setSecret((event.currentTarget as HTMLInputElement).value),
    'data-testid': 'unlock-secret',
  };
  return (
    <main class={compact ? 'unlock unlock-compact' : 'unlock'} data-testid="unlock-screen">
      <h1>{t('lock.title')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setState({ busy: true, error: null });
          void onUnlock(secret, recovery).then((error) => setState({ busy: false, error }));
        }}
      >
        <label for="unlock-secret">{recovery ? t('lock.recoveryLabel') : t('lock.passphraseLabel')}</label>
        {recovery ? (
          <input id="unlock-secret" type="text" autoComplete="off" autoFocus {...field} />
        ) : (
          <input id="unlock-secret" type="password" autoComplete="current-password" autoFocus {...field} />
        )}
        {state.error ? (
          <p class="error" role="alert">
            {state.error}
          </p>
        ) : null}
        <div class="form-buttons">
          <button type="submit" class="primary" disabled={state.busy || secret === ''} data-testid="unlock">
            {state.busy ? t('lock.unlocking') : t('lock.unlock')}
          </button>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setRecovery(!recovery);
              setSecret('');
            }}
          >
            {recovery ? t('lock.usePassphrase') : t('lock.useRecovery')}
          </button>
        </div>
      </form>
    </main>
  );
}
