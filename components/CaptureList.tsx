import type { CaptureSummary } from '../utils/store';
import { Rich, ShortcutKeys, useI18n } from './i18n';

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
  const { t, number } = useI18n();
  return (
    <section class="captures" aria-labelledby="captures-heading">
      <div class="page-heading">
        <h1 id="captures-heading" tabIndex={-1}>
          {t('title.captures')}
        </h1>
        <p class="capture-count">
          <Rich
            k="captures.count"
            params={{ count: total }}
            parts={{ count: <span data-testid="capture-count">{number(total)}</span> }}
          />
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
          <p>{t('captures.showing', { shown: captures.length, total })}</p>
          <button type="button" onClick={onLoadMore}>
            {t('captures.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function CaptureRow({ capture, thumbnail }: { capture: CaptureSummary; thumbnail: string | undefined }) {
  const { t, dateTime } = useI18n();
  return (
    <li class="capture-row" data-testid="capture-row" data-capture-id={capture.id}>
      <div class="thumb">{thumbnail ? <img src={thumbnail} alt="" loading="lazy" decoding="async" /> : null}</div>
      <div class="capture-main">
        {/* The title link covers the whole row (see .capture-title::after), so the row is one click target. */}
        <a class="capture-title" href={`#/capture/${encodeURIComponent(capture.id)}`}>
          {capture.title.trim() || t('captures.untitled')}
        </a>
        <p class="capture-url">{capture.url}</p>
      </div>
      <div class="capture-meta">
        <time dateTime={capture.capturedAt} title={capture.capturedAt}>
          {dateTime(capture.capturedAt)}
        </time>
        {capture.warnings > 0 ? <span class="badge">{t('captures.notes', { count: capture.warnings })}</span> : null}
      </div>
    </li>
  );
}

function EmptyState() {
  const { t } = useI18n();
  return (
    <div class="empty-state">
      <h2>{t('captures.emptyHeading')}</h2>
      <p>
        <Rich
          k="captures.emptyHowTo"
          parts={{ menuItem: <strong>{t('menu.documentThis')}</strong>, shortcut: <ShortcutKeys /> }}
        />
      </p>
      <p>{t('captures.emptyPrivacy')}</p>
    </div>
  );
}
