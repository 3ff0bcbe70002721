import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { LockGate } from '@/components/LockGate';
import { QuickExitButton } from '@/components/QuickExitButton';
import { useLockState } from '@/utils/hooks/use-lock-state';
import { useTranslator } from '@/utils/hooks/use-translator';
import { unlockThroughBackground } from '@/utils/lock-actions';
import { listenForSafetyNotices, quickExitFromPage } from '@/utils/safety/quick-exit';
import { browserSession } from '@/utils/store/browser-session';
import { createStore, type Store } from '@/utils/store';
import { App } from './app';
import '@/components/theme.css';
import './style.css';

function Root({ store }: { store: Store }) {
  const translator = useTranslator();
  const lock = useLockState(store);
  if (!translator) return null;
  return (
    <I18nContext.Provider value={translator}>
      {/* Unlocked, the quick exit is in the header; locked, here. */}
      {lock === 'locked' ? (
        <div class="quick-exit-corner">
          <QuickExitButton onExit={() => quickExitFromPage()} />
        </div>
      ) : null}
      <LockGate state={lock} onUnlock={(secret, recovery) => unlockThroughBackground(secret, recovery, translator.say)}>
        <App store={store} iconUrl={browser.runtime.getURL('/icon/48.png')} />
      </LockGate>
    </I18nContext.Provider>
  );
}

// A quick exit or a wipe from anywhere reaches this page from its first moment; after a wipe it starts afresh.
listenForSafetyNotices({ onWiped: () => location.replace(`${location.pathname}${location.search}`) });
// Pages read the store directly (same origin as the background); deletion and export go through the background.
render(<Root store={createStore({ session: browserSession() })} />, document.getElementById('app')!);
