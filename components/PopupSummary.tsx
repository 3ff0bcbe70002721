import type { CaptureSummary } from '../utils/store';
import { formatDateTime } from './format';

interface PopupSummaryProps {
  /** null while loading. */
  count: number | null;
  last: CaptureSummary | null;
  onOpenDashboard: () => void;
  error?: string | null;
}

export function PopupSummary({ count, last, onOpenDashboard, error }: PopupSummaryProps) {
  return (
    <div class="popup">
      <h1 class="popup-brand">Dokaz</h1>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : (
        <p class="popup-count">
          <span data-testid="popup-count">{count === null ? '…' : count.toLocaleString()}</span>{' '}
          {count === 1 ? 'capture' : 'captures'} on this computer
        </p>
      )}
      {last ? (
        <div class="popup-last">
          <h2>Last capture</h2>
          <p class="popup-last-title">{last.title.trim() || 'Untitled page'}</p>
          <p>
            <time dateTime={last.capturedAt} title={last.capturedAt}>
              {formatDateTime(last.capturedAt)}
            </time>
          </p>
        </div>
      ) : count === 0 ? (
        <p class="popup-hint">
          Right-click a post and choose <strong>Document this</strong>, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>D</kbd>.
        </p>
      ) : null}
      <button type="button" class="primary" onClick={onOpenDashboard}>
        Open dashboard
      </button>
    </div>
  );
}
