import type { ComponentChildren } from 'preact';
import type { CaptureSummary } from '../utils/store';
import { Rich, ShortcutKeys, useI18n } from './i18n';

interface PopupSummaryProps {
  /** null while loading. */
  count: number | null;
  last: CaptureSummary | null;
  onOpenDashboard: () => void;
  error?: string | null;
  /** The choice of the active case, when there are cases. */
  children?: ComponentChildren;
}

export function PopupSummary({ count, last, onOpenDashboard, error, children }: PopupSummaryProps) {
  const { t, number, dateTime } = useI18n();
  return (
    <div class="popup">
      <h1 class="popup-brand">{t('app.name')}</h1>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : (
        <p class="popup-count">
          <Rich
            k="popup.count"
            params={{ count: count ?? 0 }}
            parts={{ count: <span data-testid="popup-count">{count === null ? '…' : number(count)}</span> }}
          />
        </p>
      )}
      {children}
      {last ? (
        <div class="popup-last">
          <h2>{t('popup.last')}</h2>
          <p class="popup-last-title">{last.title.trim() || t('captures.untitled')}</p>
          <p>
            <time dateTime={last.capturedAt} title={last.capturedAt}>
              {dateTime(last.capturedAt)}
            </time>
          </p>
        </div>
      ) : count === 0 ? (
        <p class="popup-hint">
          <Rich
            k="popup.hint"
            parts={{ menuItem: <strong>{t('menu.documentThis')}</strong>, shortcut: <ShortcutKeys /> }}
          />
        </p>
      ) : null}
      <button type="button" class="primary" onClick={onOpenDashboard}>
        {t('popup.open')}
      </button>
    </div>
  );
}
