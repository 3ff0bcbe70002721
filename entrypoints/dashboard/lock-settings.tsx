import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { PassphraseSettings, type PassphraseActions } from '@/components/PassphraseSettings';
import { describeError } from '@/utils/errors';
import { sendRequest } from '@/utils/request';
import { AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES } from '@/utils/store/browser-session';
import type { Store } from '@/utils/store';

/** Settings → Lock: the passphrase (set, change, remove), lock now, auto-lock; every change through the background. */
export function LockSettings({ store }: { store: Store }) {
  const { t, say } = useI18n();
  const [state, setState] = useState<{ hasPassphrase: boolean; autoLock: number } | null>(null);

  const refresh = () =>
    void Promise.all([store.hasPassphrase(), browser.storage.local.get(AUTO_LOCK_KEY)]).then(([has, stored]) => {
      const minutes = stored[AUTO_LOCK_KEY];
      setState({
        hasPassphrase: has,
        autoLock: typeof minutes === 'number' ? minutes : DEFAULT_AUTO_LOCK_MINUTES,
      });
    });
  useEffect(refresh, [store]);

  const words = (error: unknown) => describeError(error, say);
  const actions: PassphraseActions = {
    async set(passphrase) {
      try {
        const recoveryCode = await sendRequest({ type: 'setPassphrase', args: { passphrase } });
        refresh();
        return { error: null, recoveryCode };
      } catch (error) {
        return { error: words(error), recoveryCode: null };
      }
    },
    async remove() {
      try {
        await sendRequest({ type: 'removePassphrase', args: {} });
        refresh();
        return null;
      } catch (error) {
        return words(error);
      }
    },
    async lock() {
      try {
        await sendRequest({ type: 'lock', args: {} });
        return null;
      } catch (error) {
        return words(error);
      }
    },
    async setAutoLock(minutes) {
      await browser.storage.local.set({ [AUTO_LOCK_KEY]: minutes });
      refresh();
    },
  };

  if (!state) return null;
  return (
    <>
      <h2>{t('settings.lockHeading')}</h2>
      <PassphraseSettings hasPassphrase={state.hasPassphrase} autoLockMinutes={state.autoLock} actions={actions} />
    </>
  );
}
