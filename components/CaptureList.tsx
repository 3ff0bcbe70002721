import type { CaptureSummary } from '../utils/store';
import { formatDateTime, plural } from './format';

interface CaptureListProps {
  captures: readonly CaptureSummary[];
  total: number;
  /** Object URLs of thumbnails, by artifact id; a thumbnail not (yet) in it shows a blank frame. */
  thumbnails: ReadonlyMap<string, string>;
  onLoadMore: () => void;
  /** A message from the last action (a deletion), shown above the list. */
  notice?: string | null;
}

export function CaptureList({ captures, total, thumbnails, onLoadMore, notice }: CaptureListProps) {
  return (
    <section class="captures" aria-labelledby="captures-heading">
      <div class="page-heading">
        <h1 id="captures-heading" tabIndex={-1}>
          Captures
        </h1>
        <p class="capture-count">
          <span data-testid="capture-count">{total.toLocaleString()}</span> {total === 1 ? 'capture' : 'captures'} kept
          on this computer
        </p>
      </div>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {total === 0 ? (
        <EmptyState />
      ) : (
        <ol class="capture-list">
          {captures.map((capture) => (
            <CaptureRow
              key={capture.id}
              capture={capture}
              thumbnail={capture.thumbnailArtifactId ? thumbnails.get(capture.thumbnailArtifactId) : undefined}
            />
          ))}
        </ol>
      )}
      {captures.length < total ? (
        <div class="load-more">
          <p>
            Showing {captures.length.toLocaleString()} of {total.toLocaleString()}
          </p>
          <button type="button" onClick={onLoadMore}>
            Load more
          </button>
        </div>
      ) : null}
    </section>
  );
}

function CaptureRow({ capture, thumbnail }: { capture: CaptureSummary; thumbnail: string | undefined }) {
  return (
    <li class="capture-row" data-testid="capture-row" data-capture-id={capture.id}>
      <div class="thumb">{thumbnail ? <img src={thumbnail} alt="" loading="lazy" decoding="async" /> : null}</div>
      <div class="capture-main">
        {/* The title link covers the whole row (see .capture-title::after), so the row is one click target. */}
        <a class="capture-title" href={`#/capture/${encodeURIComponent(capture.id)}`}>
          {capture.title.trim() || 'Untitled page'}
        </a>
        <p class="capture-url">{capture.url}</p>
      </div>
      <div class="capture-meta">
        <time dateTime={capture.capturedAt} title={capture.capturedAt}>
          {formatDateTime(capture.capturedAt)}
        </time>
        {capture.warnings > 0 ? <span class="badge">{plural(capture.warnings, 'note', 'notes')}</span> : null}
      </div>
    </li>
  );
}

function EmptyState() {
  return (
    <div class="empty-state">
      <h2>Nothing documented yet</h2>
      <p>
        To document a post or a message, right-click it and choose <strong>Document this</strong>. Or press{' '}
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>D</kbd>: it documents the last thing you right-clicked, or else the whole
        page.
      </p>
      <p>
        Dokaz keeps a screenshot, the text, a copy of the page and the fingerprint (SHA-256 hash) of every file, here on
        this computer. Nothing is sent anywhere.
      </p>
    </div>
  );
}
