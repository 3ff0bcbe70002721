import { render } from 'preact';
import { PageRoot } from '@/utils/page/page-root';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { PackChecks } from '@/components/PackChecks';
import { listenForSafetyNotices } from '@/utils/safety/quick-exit';
import { createStore, type Store } from '@/utils/store';
import { browserSession } from '@/utils/store/browser-session';
import '@/components/theme.css';
import { describeError } from '@/utils/errors';
import type { PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import './style.css';

/**
 * Checks an evidence pack, here in the browser, with the same code as the
 * dokaz-verify command: drop the ZIP, or choose it. Nothing is sent anywhere.
 */
function VerifyPage() {
  const [result, setResult] = useState<{ fileName: string; verdict: PackVerdict } | null>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const { t, say } = useI18n();
  useEffect(() => {
    document.title = t('title.page', { page: t('title.verify') });
  }, [t]);

  async function check(file: File | undefined): Promise<void> {
    if (!file) return;
    setState({ busy: true, error: null });
    setResult(null);
    try {
      const verdict = await verifyPack(new Uint8Array(await file.arrayBuffer()));
      setResult({ fileName: file.name, verdict });
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: describeError(error, say) });
    }
  }

  return (
    <main
      class="verify"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void check(event.dataTransfer?.files[0]);
      }}
    >
      <h1>{t('verify.heading')}</h1>
      <p>{t('verify.intro')}</p>
      <label class="drop">
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="pack-file"
          onChange={(event) => void check((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        <span>{t('verify.choose')}</span>
      </label>
      {state.busy ? <p role="status">{t('verify.checking')}</p> : null}
      {state.error ? <p role="alert">{t('verify.failed', { reason: state.error })}</p> : null}
      {result ? <PackChecks fileName={result.fileName} verdict={result.verdict} /> : null}
    </main>
  );
}

/** Verifying needs no store, but a locked Dokaz shows nothing but its lock, here too. */
function Root({ store }: { store: Store }) {
  return (
    <PageRoot store={store}>
      <VerifyPage />
    </PageRoot>
  );
}

// A quick exit or a wipe from anywhere reaches this page from its first moment.
listenForSafetyNotices({ onWiped: () => location.reload() });
render(<Root store={createStore({ session: browserSession() })} />, document.getElementById('app')!);
