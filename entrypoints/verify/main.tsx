import { render } from 'preact';
import { PageRoot } from '@/pages/page-root';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { PackChecks } from '@/components/PackChecks';
import { SignerInput } from '@/components/SignerInput';
import { listenForSafetyNotices } from '@/utils/safety/quick-exit';
import { createStore, type Store } from '@/utils/store';
import { browserSession } from '@/utils/store/browser-session';
import '@/components/theme.css';
import { describeError, errorText } from '@/utils/errors';
import type { Text } from '@/utils/i18n/translate';
import { confirmSigner, parseFingerprint, parseTrustedKeys, type TrustedKey } from '@/utils/pack/verify/signer';
import type { PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { createPageHasher } from './digests';
import './style.css';
import './signer.css';

/**
 * Checks an evidence pack, here in the browser, with the same code as the
 * dokaz-verify command: drop the ZIP, or choose it. Nothing is sent anywhere.
 * The expected fingerprint (or list of trusted keys) confirms the signer; it
 * can be given before or after the pack, which is read only once.
 */
function VerifyPage() {
  const [result, setResult] = useState<{ fileName: string; verdict: PackVerdict } | null>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [expected, setExpected] = useState('');
  const [list, setList] = useState('');
  const { t, say } = useI18n();
  const trusted = useMemo(() => readTrustedKeys(expected, list), [expected, list]);
  const shown = result && { ...result, verdict: confirmSigner(result.verdict, trusted.keys) };
  useEffect(() => {
    document.title = t('title.page', { page: t('title.verify') });
  }, [t]);

  async function check(file: File | undefined): Promise<void> {
    if (!file) return;
    setState({ busy: true, error: null });
    setResult(null);
    try {
      const hasher = createPageHasher();
      const verdict = await verifyPack(new Uint8Array(await file.arrayBuffer()), { hasher }).finally(() =>
        hasher.close(),
      );
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
      <SignerInput
        fingerprint={expected}
        list={list}
        onFingerprint={setExpected}
        onList={setList}
        onListFile={(file) => void file.text().then(setList)}
        error={trusted.error && say(trusted.error)}
      />
      {state.busy ? <p role="status">{t('verify.checking')}</p> : null}
      {state.error ? <p role="alert">{t('verify.failed', { reason: state.error })}</p> : null}
      {shown ? <PackChecks fileName={shown.fileName} verdict={shown.verdict} /> : null}
    </main>
  );
}

/**
 * The keys the reader gave: the fingerprint field and the list, each only when filled in. Either one unusable
 * confirms nothing (an error names why), rather than confirming against the other half of what was meant.
 */
function readTrustedKeys(expected: string, list: string): { keys: TrustedKey[]; error: Text | null } {
  try {
    return {
      keys: [...(expected.trim() ? [parseFingerprint(expected)] : []), ...(list.trim() ? parseTrustedKeys(list) : [])],
      error: null,
    };
  } catch (error) {
    return { keys: [], error: errorText(error) };
  }
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
