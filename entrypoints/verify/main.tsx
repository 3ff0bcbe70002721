import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PackChecks } from '@/components/PackChecks';
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

  async function check(file: File | undefined): Promise<void> {
    if (!file) return;
    setState({ busy: true, error: null });
    setResult(null);
    try {
      const verdict = await verifyPack(new Uint8Array(await file.arrayBuffer()));
      setResult({ fileName: file.name, verdict });
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: describeError(error) });
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
      <h1>Verify an evidence pack</h1>
      <p>
        Drop a Dokaz evidence pack (a ZIP file) here, or choose it. Dokaz checks every file's SHA-256, both signatures,
        the signing key and the custody log, on this computer only.
      </p>
      <label class="drop">
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="pack-file"
          onChange={(event) => void check((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        <span>Choose a pack…</span>
      </label>
      {state.busy ? <p role="status">Checking…</p> : null}
      {state.error ? <p role="alert">The pack could not be checked: {state.error}</p> : null}
      {result ? <PackChecks fileName={result.fileName} verdict={result.verdict} /> : null}
    </main>
  );
}

render(<VerifyPage />, document.getElementById('app')!);
