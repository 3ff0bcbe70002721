import { useI18n } from './i18n';
import { LOCALES, LOCALE_NAMES, type Locale } from '../utils/i18n/locales';

export interface ExportState {
  busy: boolean;
  percent: number;
  /** Bytes of evidence going into the pack, for the progress line. */
  totalBytes: number;
  error: string | null;
  saved: string | null;
}

interface ExportPanelProps {
  label: string;
  state: ExportState;
  /** The language the report and VERIFY.txt will be written in: the recipient's, not necessarily the interface's. */
  language: Locale;
  onLanguage: (language: Locale) => void;
  onExport: () => void;
}

/** The button that makes a signed evidence pack, with the report's language, progress and outcome. */
export function ExportPanel({ label, state, language, onLanguage, onExport }: ExportPanelProps) {
  const { t, bytes } = useI18n();
  const done = Math.round((state.percent / 100) * state.totalBytes);
  return (
    <div class="export-panel" data-testid="export-panel">
      <div class="export-controls">
        <button type="button" class="button" onClick={onExport} disabled={state.busy} data-testid="export-button">
          {label}
        </button>
        <label class="export-language">
          <span>{t('export.language')}</span>
          <select
            data-testid="export-language"
            value={language}
            disabled={state.busy}
            onChange={(event) => onLanguage(event.currentTarget.value as Locale)}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.busy ? (
        <div class="export-progress">
          <progress max={100} value={state.percent} aria-label={t('export.progressLabel')} />
          <span>
            {state.totalBytes > 0
              ? t('export.progressBytes', { done: bytes(done), total: bytes(state.totalBytes) })
              : t('export.progressPercent', { percent: Math.round(state.percent) })}
          </span>
        </div>
      ) : null}
      {state.error ? (
        <p class="error" role="alert">
          {t('export.failed', { reason: state.error })}
        </p>
      ) : null}
      {state.saved ? (
        <p class="ok" role="status" data-testid="export-saved">
          {t('export.saved', { file: state.saved })}
        </p>
      ) : null}
    </div>
  );
}
