import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupSummary } from '@/components/PopupSummary';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { describeError } from '@/utils/errors';
import { createStore, type Store } from '@/utils/store';
import '@/components/theme.css';
import './style.css';

function Popup({ store }: { store: Store }) {
  const result = useLiveQuery(() => Promise.all([store.countCaptures(), store.listCaptures({ limit: 1 })]), [store]);
  const [count, latest] = result.status === 'ready' ? result.value : [null, []];
  return (
    <PopupSummary
      count={count}
      last={latest[0] ?? null}
      error={result.status === 'failed' ? `The captures could not be read: ${describeError(result.error)}` : null}
      onOpenDashboard={() => void openDashboard()}
    />
  );
}

async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

render(<Popup store={createStore()} />, document.getElementById('app')!);
