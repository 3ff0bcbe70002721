import type { SearchDoc } from '../utils/case-work/types';
import { Rich, ShortcutKeys, useI18n } from './i18n';
import { SensitiveImage } from './SensitiveImage';
import { VirtualList } from './VirtualList';

/** One row's height with its gap, in CSS pixels; the row's CSS keeps to it. */
export const CAPTURE_ROW_HEIGHT = 112;

interface CaptureListProps {
  /** The captures to show, in order (what the search and filters found). */
  docs: readonly SearchDoc[];
  /** Every capture on this computer, found or not. */
  total: number;
  /** Object URLs of thumbnails, by artifact id; a thumbnail not (yet) in it shows a blank frame. */
  thumbnails: ReadonlyMap<string, string>;
  /** Thumbnails start blurred (the setting), each shown by a click. */
  blur: boolean;
  onVisible: (docs: readonly SearchDoc[]) => void;
  /** Whether a search or filter is on: an empty list then means "nothing found", not "nothing yet". */
  filtered: boolean;
}

export function CaptureList({ docs, total, thumbnails, blur, onVisible, filtered }: CaptureListProps) {
  const { t, number } = useI18n();
  return (
    <section class="captures" aria-labelledby="captures-heading">
      <p class="capture-count" role="status">
        {filtered ? (
          t('search.found', { count: docs.length, total })
        ) : (
          <Rich
            k="captures.count"
            params={{ count: total }}
            parts={{ count: <span data-testid="capture-count">{number(total)}</span> }}
          />
        )}
      </p>
      {total === 0 ? (
        <EmptyState />
      ) : docs.length === 0 ? (
        <p class="empty-state">{t('search.nothing')}</p>
      ) : (
        <VirtualList
          class="capture-list"
          items={docs}
          rowHeight={CAPTURE_ROW_HEIGHT}
          itemKey={(doc) => doc.captureId}
          onVisible={onVisible}
          renderItem={(doc) => (
            <CaptureRow
              doc={doc}
              blur={blur}
              thumbnail={doc.show.thumbnailArtifactId ? thumbnails.get(doc.show.thumbnailArtifactId) : undefined}
            />
          )}
        />
      )}
    </section>
  );
}

function CaptureRow({ doc, thumbnail, blur }: { doc: SearchDoc; thumbnail: string | undefined; blur: boolean }) {
  const { t, dateTime } = useI18n();
  const where = [doc.show.chat, doc.show.sender].filter(Boolean).join(' · ');
  return (
    <div class="capture-row" data-testid="capture-row" data-capture-id={doc.captureId}>
      <div class="thumb">
        {thumbnail ? <SensitiveImage src={thumbnail} alt="" blurred={blur} loading="lazy" /> : null}
      </div>
      <div class="capture-main">
        {/* The title link covers the whole row (see .capture-title::after), so the row is one click target. */}
        <a class="capture-title" href={`#/capture/${encodeURIComponent(doc.captureId)}`}>
          {doc.show.title.trim() || t('captures.untitled')}
        </a>
        {where ? <p class="capture-where">{where}</p> : null}
        <p class="capture-excerpt">{doc.show.excerpt || doc.show.url}</p>
      </div>
      <div class="capture-meta">
        <time dateTime={doc.capturedAt} title={doc.capturedAt}>
          {dateTime(doc.capturedAt)}
        </time>
        {doc.show.notes > 0 ? <span class="badge">{t('captures.notes', { count: doc.show.notes })}</span> : null}
        {doc.categories.length > 0 ? (
          <span class="badge badge-category">{t('search.categoryCount', { count: doc.categories.length })}</span>
        ) : null}
      </div>
    </div>
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
