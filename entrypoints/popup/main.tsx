import { render } from 'preact';
import { PageRoot } from '@/pages/page-root';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHAT_PAGES, openRunPanel } from '@/utils/background/run-panel';
import { ActiveCaseChoice } from '@/components/ActiveCaseChoice';
import { useI18n } from '@/components/i18n';
import { PopupSummary } from '@/components/PopupSummary';
import { listenForSafetyNotices } from '@/utils/safety/quick-exit';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { describeError } from '@/utils/errors';
import { sendRequest } from '@/utils/request';
import { browserSession } from '@/utils/store/browser-session';
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
    >
      <ActiveCase store={store} />
      <DocumentChat />
    </PopupSummary>
  );
}

/** Which case new captures go into; nothing while there are no cases. */
function ActiveCase({ store }: { store: Store }) {
  const { say } = useI18n();
  const result = useLiveQuery(() => Promise.all([store.listCases(), store.getActiveCase()]), [store]);
  const [change, setChange] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function choose(id: string | null): Promise<void> {
    setChange({ busy: true, error: null });
    try {
      await sendRequest({ type: 'setActiveCase', args: { id } });
      setChange({ busy: false, error: null });
    } catch (error) {
      setChange({ busy: false, error: describeError(error, say) });
    }
  }

  if (result.status !== 'ready' || result.value[0].length === 0) return null;
  const [cases, activeId] = result.value;
  return (
    <ActiveCaseChoice
      cases={cases}
      activeId={activeId}
      busy={change.busy}
      error={change.error}
      onChange={(id) => void choose(id)}
    />
  );
}

/** On a chat a run can go through: monitor mode's side panel, opened by this click. */
function DocumentChat() {
  const { t } = useI18n();
  const [tab, setTab] = useState<{ id?: number; windowId?: number } | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      const onChat = active?.url && CHAT_PAGES.some((pattern) => matchesPattern(pattern, active.url!));
      setTab(onChat ? active : null);
    });
  }, []);
  if (!tab) return null;
  return (
    <p>
      <button
        type="button"
        onClick={() => {
          void openRunPanel({ tabId: tab.id, windowId: tab.windowId }).finally(() => window.close());
        }}
      >
        {t('popup.documentChat')}
      </button>
    </p>
  );
}

/** A match pattern of the simple form CHAT_PAGES uses ("https://host/path/*"). */
function matchesPattern(pattern: string, url: string): boolean {
  return url.startsWith(pattern.slice(0, -1));
}

async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

function Root({ store }: { store: Store }) {
  return (
    <PageRoot store={store} compact>
      <Popup store={store} />
    </PageRoot>
  );
}

// A quick exit or a wipe from anywhere reaches this page from its first moment.
listenForSafetyNotices({ onWiped: () => location.reload() });
render(<Root store={createStore({ session: browserSession() })} />, document.getElementById('app')!);
