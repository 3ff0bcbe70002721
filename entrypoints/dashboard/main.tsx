import { render } from 'preact';
import { PageRoot } from '@/pages/page-root';
import { browser } from 'wxt/browser';
import { listenForSafetyNotices } from '@/utils/safety/quick-exit';
import { browserSession } from '@/utils/store/browser-session';
import { createStore, type Store } from '@/utils/store';
import { App } from './app';
import '@/components/theme.css';
import './style.css';

function Root({ store }: { store: Store }) {
  return (
    <PageRoot store={store} exitInHeader>
      <App store={store} iconUrl={browser.runtime.getURL('/icon/48.png')} />
    </PageRoot>
  );
}

// A quick exit or a wipe from anywhere reaches this page from its first moment; after a wipe it starts afresh.
listenForSafetyNotices({ onWiped: () => location.replace(`${location.pathname}${location.search}`) });
// Pages read the store directly (same origin as the background); deletion and export go through the background.
render(<Root store={createStore({ session: browserSession() })} />, document.getElementById('app')!);
