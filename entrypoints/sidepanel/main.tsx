import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, useI18n } from '@/components/i18n';
import { QuickExitButton } from '@/components/QuickExitButton';
import { RunPanel, type RunSetup } from '@/components/RunPanel';
import type { RunOptions, RunResult } from '@/utils/case-work/runs';
import { describeError } from '@/utils/errors';
import { useTranslator } from '@/utils/hooks/use-translator';
import { sendRequest } from '@/utils/request';
import { listenForSafetyNotices, quickExitFromPage } from '@/utils/safety/quick-exit';
import '@/components/theme.css';
import './style.css';

/** How often the panel asks how the run goes. */
const POLL_MS = 500;

/**
 * Monitor mode's side panel (Chrome's side panel, Firefox's sidebar): a run through the chat in the window's tab on
 * screen, or in the tab `?tab=` names (the page also opens in a tab of its own, for tests and by hand). It reads no
 * store: everything comes from the background, so it shows how far a run went even while Dokaz is locked, never what
 * it is about then.
 */
async function chatTab(): Promise<number | null> {
  const named = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isSafeInteger(named)) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Panel() {
  const { say } = useI18n();
  const [tabId, setTabId] = useState<number | null>(null);
  const [setup, setSetup] = useState<RunSetup>({ clickedMessageId: null });
  const [runId, setRunId] = useState<string | null>(null);
  const [run, setRun] = useState<RunResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const id = await chatTab();
      setTabId(id);
      if (id === null) return;
      const [going, clicked] = await Promise.all([
        sendRequest({ type: 'runInTab', args: { tabId: id } }).catch(() => null),
        sendRequest({ type: 'clickedMessage', args: { tabId: id } }).catch(() => null),
      ]);
      setSetup({ clickedMessageId: clicked });
      if (going) setRunId(going);
    })();
  }, []);

  useEffect(() => {
    if (!runId) return;
    let stopped = false;
    const ask = async () => {
      const next = await sendRequest({ type: 'getRun', args: { runId } }).catch(() => null);
      if (stopped) return;
      if (next) setRun(next);
      if (!next || next.state === 'running' || next.state === 'paused') setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
    };
  }, [runId]);

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describeError(failure, say));
    } finally {
      setBusy(false);
    }
  }

  const start = (options: RunOptions) =>
    act(async () => {
      if (tabId === null) throw new Error('no tab');
      setRunId(await sendRequest({ type: 'beginRun', args: { tabId, options } }));
    });
  const on = (type: 'pauseRun' | 'resumeRun' | 'stopRun') => () =>
    void act(() => (runId ? sendRequest({ type, args: { runId } }) : Promise.resolve()));

  return (
    <RunPanel
      setup={setup}
      run={run}
      busy={busy}
      error={error}
      onStart={(options) => void start(options)}
      onPause={on('pauseRun')}
      onResume={on('resumeRun')}
      onStop={on('stopRun')}
      onAgain={() => {
        setRun(null);
        setRunId(null);
      }}
      dashboardLink={run ? browser.runtime.getURL(`/dashboard.html#/?run=${encodeURIComponent(run.runId)}`) : null}
    />
  );
}

function Root() {
  const translator = useTranslator();
  if (!translator) return null;
  return (
    <I18nContext.Provider value={translator}>
      <div class="quick-exit-corner">
        <QuickExitButton onExit={() => quickExitFromPage()} />
      </div>
      <Panel />
    </I18nContext.Provider>
  );
}

listenForSafetyNotices({ onWiped: () => location.reload() });
render(<Root />, document.getElementById('app')!);
