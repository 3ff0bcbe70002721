import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, useI18n } from '@/components/i18n';
import { PopupSummary } from '@/components/PopupSummary';
import { useTranslator } from '@/utils/hooks/use-translator';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { describeError } from '@/utils/errors';
import { createStore, type Store } from '@/utils/store';
import '@/components/theme.css';
import './style.css';

function Popup({ store }: { store: Store }) {
  const result = useLiveQuery(() => Promise.all([store.countCaptures(), store.listCaptures({ limit: 1 })]), [store]);
  const [count, latest] = result.status === 'ready' ? result.value : [null, []];
  const { t, say } = useI18n();
  return (
    <PopupSummary
      count={count}
      last={latest[0] ?? null}
      error={result.status === 'failed' ? t('popup.readFailed', { reason: describeError(result.error, say) }) : null}
      onOpenDashboard={() => void openDashboard()}
    />
  );
}

async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

function Root({ store }: { store: Store }) {
  const translator = useTranslator();
  if (!translator) return null;
  return (
    <I18nContext.Provider value={translator}>
      <Popup store={store} />
    </I18nContext.Provider>
  );
}

render(<Root store={createStore()} />, document.getElementById('app')!);
