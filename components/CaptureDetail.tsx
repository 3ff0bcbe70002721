import type { ComponentChildren } from 'preact';
import type { StoredCaptureView } from '../utils/evidence/record';
import { shownNote, shownNotes } from '../utils/i18n/notes';
import { ArtifactTable } from './ArtifactTable';
import { DeleteCaptureForm } from './DeleteCaptureForm';
import { Fact, Hash, Missing, WebAddress } from './Facts';
import { Rich, useI18n } from './i18n';

interface CaptureDetailProps {
  capture: StoredCaptureView;
  /** Object URLs of the artifacts, by id (see ArtifactTable). */
  artifactUrls: ReadonlyMap<string, string>;
  onDelete: (reason: string) => void;
  deleting: { busy: boolean; error: string | null };
  /** Whether previews of images start blurred (the blur setting). */
  blurred: boolean;
  /** The page's annotation form (case, tags, categories, note), shown after the post. */
  annotation?: ComponentChildren;
  /** What a site's extractor read (utils/sites/facts.tsx), shown before the page's own text. */
  siteFacts?: ComponentChildren;
}

/**
 * Everything a capture holds. What came from the page (title, text, URLs) is
 * rendered as text only: captured markup is the abuser's, never ours to run.
 */
export function CaptureDetail({
  capture,
  artifactUrls,
  onDelete,
  deleting,
  blurred,
  annotation,
  siteFacts,
}: CaptureDetailProps) {
  const { page, post, environment } = capture;
  const notes = capture.warnings.length + capture.skipped.length;
  const { t, dateTime, locale, intl } = useI18n();
  return (
    <article class="capture-detail" aria-labelledby="capture-heading">
      <p class="back">
        <a href="#/">{t('capture.back')}</a>
      </p>
      <h1 id="capture-heading" tabIndex={-1}>
        {page.title.trim() || t('captures.untitled')}
      </h1>
      <p class="lede">
        <Rich
          k="capture.captured"
          parts={{
            time: (
              <time dateTime={capture.capturedAt} title={capture.capturedAt}>
                {dateTime(capture.capturedAt)}
              </time>
            ),
          }}
        />{' '}
        · {t('capture.files', { count: capture.artifacts.length })}
        {notes > 0 ? ` · ${t('captures.notes', { count: notes })}` : ''}
      </p>

      <section aria-labelledby="page-heading">
        <h2 id="page-heading">{t('capture.pageHeading')}</h2>
        <dl class="facts">
          <Fact label={t('capture.url')}>
            <WebAddress url={page.url} />
          </Fact>
          <Fact label={t('capture.canonicalUrl')}>
            <WebAddress url={page.canonicalUrl} />
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="time-heading">
        <h2 id="time-heading">{t('capture.timeHeading')}</h2>
        <dl class="facts">
          <Fact label={t('capture.utc')}>
            <code>{capture.capturedAt}</code>
          </Fact>
          <Fact label={t('capture.localTime')}>
            {dateTime(capture.capturedAt, { timeZone: capture.timeZone, long: true })}
            <span class="sub">
              <code>{capture.capturedAtLocal}</code>
            </span>
          </Fact>
          <Fact label={t('capture.timeZone')}>{capture.timeZone || <Missing text={t('fact.unknown')} />}</Fact>
        </dl>
      </section>

      {siteFacts}

      <section aria-labelledby="post-heading">
        <h2 id="post-heading">{t('capture.postHeading')}</h2>
        <dl class="facts">
          <Fact label={t('capture.text')}>
            {post.text.trim() ? (
              <div class="post-text" tabIndex={0}>
                {post.text}
              </div>
            ) : (
              <Missing text={t('capture.noText')} />
            )}
          </Fact>
          <Fact label={t('capture.selection')}>
            {post.selection ? <div class="post-text">{post.selection}</div> : <Missing />}
          </Fact>
          <Fact label={t('capture.linkUrl')}>
            <WebAddress url={post.linkUrl} />
          </Fact>
          <Fact label={t('capture.mediaUrl')}>
            <WebAddress url={post.mediaUrl} />
          </Fact>
        </dl>
      </section>

      {notes > 0 ? (
        <section aria-labelledby="notes-heading" class="notes">
          <h2 id="notes-heading">{t('capture.notesHeading')}</h2>
          <ul>
            {shownNotes(capture.warnings, capture.notes, locale).map((warning, index) => (
              <li key={`w${index}`}>{warning}</li>
            ))}
            {capture.skipped.map((item, index) => (
              <li key={`s${index}`}>
                <Rich
                  k="capture.notKept"
                  params={{
                    kind: item.kind === 'media' ? t('telegram.media').toLocaleLowerCase(intl) : item.kind,
                    reason: shownNote(item.reason, item.note, locale),
                  }}
                  parts={{ url: <span class="url">{item.url}</span> }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {annotation ? (
        <section aria-labelledby="annotation-heading" class="annotation">
          {annotation}
        </section>
      ) : null}

      <section aria-labelledby="files-heading">
        <h2 id="files-heading">{t('capture.filesHeading')}</h2>
        <ArtifactTable artifacts={capture.artifacts} urls={artifactUrls} blurred={blurred} />
      </section>

      <section aria-labelledby="integrity-heading">
        <h2 id="integrity-heading">{t('capture.integrityHeading')}</h2>
        <dl class="facts">
          <Fact label={t('capture.recordSha256')}>
            <Hash value={capture.recordSha256} />
            <span class="sub">{t('capture.recordNote')}</span>
          </Fact>
          <Fact label={t('capture.id')}>
            <code>{capture.id}</code>
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="environment-heading">
        <h2 id="environment-heading">{t('capture.environmentHeading')}</h2>
        <dl class="facts">
          <Fact label={t('capture.browser')}>
            {environment.browser.name} {environment.browser.version}
          </Fact>
          <Fact label={t('capture.os')}>{environment.os}</Fact>
          <Fact label={t('capture.version')}>{environment.extensionVersion}</Fact>
        </dl>
      </section>

      <section aria-labelledby="delete-section-heading" class="danger-zone">
        <h2 id="delete-section-heading">{t('capture.deleteHeading')}</h2>
        <DeleteCaptureForm onDelete={onDelete} busy={deleting.busy} error={deleting.error} />
      </section>
    </article>
  );
}
