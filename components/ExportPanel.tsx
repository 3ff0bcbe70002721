import { formatBytes } from './format';

export interface ExportState {
  busy: boolean;
  percent: number;
  /** Bytes of evidence going into the pack, for the progress line. */
  totalBytes: number;
  error: string | null;
  saved: string | null;
}

/** The button that makes a signed evidence pack, with its progress and outcome. */
export function ExportPanel({ label, state, onExport }: { label: string; state: ExportState; onExport: () => void }) {
  const done = Math.round((state.percent / 100) * state.totalBytes);
  return (
    <div class="export-panel" data-testid="export-panel">
      <button type="button" class="button" onClick={onExport} disabled={state.busy}>
        {label}
      </button>
      {state.busy ? (
        <div class="export-progress">
          <progress max={100} value={state.percent} aria-label="Making the evidence pack" />
          <span>
            {state.totalBytes > 0
              ? `${formatBytes(done)} of ${formatBytes(state.totalBytes)}`
              : `${Math.round(state.percent)} %`}
          </span>
        </div>
      ) : null}
      {state.error ? (
        <p class="error" role="alert">
          Not exported: {state.error}
        </p>
      ) : null}
      {state.saved ? (
        <p class="ok" role="status" data-testid="export-saved">
          Saved as {state.saved}. Give the whole ZIP to the recipient: its VERIFY.txt says how to check it.
        </p>
      ) : null}
    </div>
  );
}
