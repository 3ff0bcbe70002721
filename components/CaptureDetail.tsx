import type { StoredCaptureView } from '../utils/capture/record';
import { ArtifactTable } from './ArtifactTable';
import { DeleteCaptureForm } from './DeleteCaptureForm';
import { Fact, Hash, Missing, WebAddress } from './Facts';
import { formatDateTime, plural } from './format';
import { TelegramFacts } from './TelegramFacts';

interface CaptureDetailProps {
  capture: StoredCaptureView;
  /** Object URLs of the artifacts, by id (see ArtifactTable). */
  artifactUrls: ReadonlyMap<string, string>;
  onDelete: (reason: string) => void;
  deleting: { busy: boolean; error: string | null };
}

/**
 * Everything a capture holds. What came from the page (title, text, URLs) is
 * rendered as text only: captured markup is the abuser's, never ours to run.
 */
export function CaptureDetail({ capture, artifactUrls, onDelete, deleting }: CaptureDetailProps) {
  const { page, post, environment } = capture;
  const notes = capture.warnings.length + capture.skipped.length;
  return (
    <article class="capture-detail" aria-labelledby="capture-heading">
      <p class="back">
        <a href="#/">← All captures</a>
      </p>
      <h1 id="capture-heading" tabIndex={-1}>
        {page.title.trim() || 'Untitled page'}
      </h1>
      <p class="lede">
        Captured{' '}
        <time dateTime={capture.capturedAt} title={capture.capturedAt}>
          {formatDateTime(capture.capturedAt)}
        </time>{' '}
        · {plural(capture.artifacts.length, 'file', 'files')}
        {notes > 0 ? ` · ${plural(notes, 'note', 'notes')}` : ''}
      </p>

      <section aria-labelledby="page-heading">
        <h2 id="page-heading">Page</h2>
        <dl class="facts">
          <Fact label="URL">
            <WebAddress url={page.url} />
          </Fact>
          <Fact label="Canonical URL">
            <WebAddress url={page.canonicalUrl} />
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="time-heading">
        <h2 id="time-heading">Time of capture</h2>
        <dl class="facts">
          <Fact label="UTC">
            <code>{capture.capturedAt}</code>
          </Fact>
          <Fact label="Local time">
            {formatDateTime(capture.capturedAt, { timeZone: capture.timeZone, long: true })}
            <span class="sub">
              <code>{capture.capturedAtLocal}</code>
            </span>
          </Fact>
          <Fact label="Time zone">{capture.timeZone || <Missing text="Unknown" />}</Fact>
        </dl>
      </section>

      {post.structured ? <TelegramFacts post={post.structured} /> : null}

      <section aria-labelledby="post-heading">
        <h2 id="post-heading">Post</h2>
        <dl class="facts">
          <Fact label="Text">
            {post.text.trim() ? (
              <div class="post-text" tabIndex={0}>
                {post.text}
              </div>
            ) : (
              <Missing text="No text" />
            )}
          </Fact>
          <Fact label="Selected text">
            {post.selection ? <div class="post-text">{post.selection}</div> : <Missing />}
          </Fact>
          <Fact label="Link URL">
            <WebAddress url={post.linkUrl} />
          </Fact>
          <Fact label="Media URL">
            <WebAddress url={post.mediaUrl} />
          </Fact>
        </dl>
      </section>

      {notes > 0 ? (
        <section aria-labelledby="notes-heading" class="notes">
          <h2 id="notes-heading">Notes from the capture</h2>
          <ul>
            {capture.warnings.map((warning, index) => (
              <li key={`w${index}`}>{warning}</li>
            ))}
            {capture.skipped.map((item, index) => (
              <li key={`s${index}`}>
                Not kept ({item.kind}): <span class="url">{item.url}</span> — {item.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="files-heading">
        <h2 id="files-heading">Files</h2>
        <ArtifactTable artifacts={capture.artifacts} urls={artifactUrls} />
      </section>

      <section aria-labelledby="integrity-heading">
        <h2 id="integrity-heading">Integrity</h2>
        <dl class="facts">
          <Fact label="Record SHA-256">
            <Hash value={capture.recordSha256} />
            <span class="sub">The custody log’s “captured” event for this capture holds this hash.</span>
          </Fact>
          <Fact label="Capture id">
            <code>{capture.id}</code>
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="environment-heading">
        <h2 id="environment-heading">Captured with</h2>
        <dl class="facts">
          <Fact label="Browser">
            {environment.browser.name} {environment.browser.version}
          </Fact>
          <Fact label="Operating system">{environment.os}</Fact>
          <Fact label="Dokaz version">{environment.extensionVersion}</Fact>
        </dl>
      </section>

      <section aria-labelledby="delete-section-heading" class="danger-zone">
        <h2 id="delete-section-heading">Delete</h2>
        <DeleteCaptureForm onDelete={onDelete} busy={deleting.busy} error={deleting.error} />
      </section>
    </article>
  );
}
