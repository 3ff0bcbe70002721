import type { ComponentChildren } from 'preact';
import { I18nContext } from '../components/i18n';
import { LockGate } from '../components/LockGate';
import { QuickExitButton } from '../components/QuickExitButton';
import { useLockState } from '../utils/hooks/use-lock-state';
import { useTranslator } from '../utils/hooks/use-translator';
import { unlockThroughBackground } from '../utils/lock-actions';
import { quickExitFromPage } from '../utils/safety/quick-exit';
import type { Store } from '../utils/store';

/**
 * What every Dokaz page stands in: its language, the lock (only the unlock
 * screen while locked) and the quick exit (in a corner, unless the page has
 * it in its own header while unlocked).
 */
export function PageRoot({
  store,
  compact,
  exitInHeader,
  children,
}: {
  store: Store;
  /** The popup: a narrow unlock screen. */
  compact?: boolean;
  /** The page shows the quick exit in its header once unlocked (the dashboard). */
  exitInHeader?: boolean;
  children: ComponentChildren;
}) {
  const translator = useTranslator();
  const lock = useLockState(store);
  if (!translator) return null;
  return (
    <I18nContext.Provider value={translator}>
      {exitInHeader && lock !== 'locked' ? null : (
        <div class="quick-exit-corner">
          <QuickExitButton onExit={() => quickExitFromPage()} />
        </div>
      )}
      <LockGate
        state={lock}
        compact={compact}
        onUnlock={(secret, recovery) => unlockThroughBackground(secret, recovery, translator.say)}
      >
        {children}
      </LockGate>
    </I18nContext.Provider>
  );
}
