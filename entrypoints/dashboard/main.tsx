import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { useTranslator } from '@/utils/hooks/use-translator';
import { createStore, type Store } from '@/utils/store';
import { App } from './app';
import '@/components/theme.css';
import './style.css';

function Root({ store }: { store: Store }) {
  const translator = useTranslator();
  if (!translator) return null;
  return (
    <I18nContext.Provider value={translator}>
      <App store={store} iconUrl={browser.runtime.getURL('/icon/48.png')} />
    </I18nContext.Provider>
  );
}

// Pages read the store directly (same origin as the background); deletion and export go through the background.
render(<Root store={createStore()} />, document.getElementById('app')!);
