import { Fact, Missing, WebAddress } from '../Facts';
import { useI18n } from '../i18n';
import { ReadBy } from './ReadBy';
import type { Translator } from '../../utils/i18n/translate';
import type { XStatusPost, XUserRef } from '../../utils/sites/x/types';

/** What the X extractor read, on a capture's page in the dashboard, before the page's own text. */
export function XFacts({ post }: { post: XStatusPost }) {
  const i18n = useI18n();
  const { t, dateTime, catalog } = i18n;
  const counts = (
    [
      ['x.replies', post.counts.replies],
      ['x.reposts', post.counts.reposts],
      ['x.likes', post.counts.likes],
      ['x.bookmarks', post.counts.bookmarks],
      ['x.views', post.counts.views],
    ] as const
  ).filter(([, c]) => c.count !== null || c.text);
  return (
    <section aria-labelledby="x-heading" data-testid="x-facts">
      <h2 id="x-heading">{t('x.post')}</h2>
      <dl class="facts">
        <Fact label={t('x.author')}>{user(post.author, i18n)}</Fact>
        <Fact label={t('x.statusId')}>{post.statusId ?? <Missing text={t('fact.unknown')} />}</Fact>
        <Fact label={t('x.link')}>
          <WebAddress url={post.permalink} />
        </Fact>
        <Fact label={t('x.posted')}>
          {post.date.iso ? dateTime(post.date.iso, { long: true }) : <Missing text={t('fact.unknown')} />}
          <span class="sub">
            {post.date.iso ? <code>{post.date.iso}</code> : null} {post.date.text ? `“${post.date.text}”` : ''}
          </span>
        </Fact>
        <Fact label={t('x.seenOn')}>{t(`x.view.${post.view}`)}</Fact>
        {post.repostedBy ? <Fact label={t('x.repostedBy')}>{user(post.repostedBy, i18n)}</Fact> : null}
        {post.replyTo ? (
          <Fact label={t('x.replyTo')}>
            {[
              ...post.replyTo.handles.map((h) => `@${h}`),
              post.replyTo.statusId ? t('x.postNumber', { id: post.replyTo.statusId }) : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </Fact>
        ) : null}
        {post.quoted ? (
          <Fact label={t('x.quoted')}>
            {user(post.quoted.author, i18n)}
            <span class="sub">
              {post.quoted.statusId ? t('x.postNumber', { id: post.quoted.statusId }) : t('fact.unknown')}
            </span>
            {post.quoted.text ? <span class="sub">“{post.quoted.text}”</span> : null}
          </Fact>
        ) : null}
        <Fact label={t('x.media')}>
          {post.media.length ? (
            <ul class="plain">
              {post.media.map((m, i) => (
                <li key={i}>
                  {(catalog.report.mediaKinds as Record<string, string>)[m.kind] ?? m.kind}
                  {m.alt ? ` “${m.alt}”` : ''}
                  {m.src ? '' : ` (${t('telegram.previewOnly')})`}
                </li>
              ))}
            </ul>
          ) : (
            <Missing />
          )}
        </Fact>
        {post.links.length ? (
          <Fact label={t('x.links')}>
            <ul class="plain">
              {post.links.map((l, i) => (
                <li key={i}>
                  {l.text} <WebAddress url={l.url} />
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {counts.length ? (
          <Fact label={t('x.counts')}>
            {counts.map(([key, c]) => `${t(key)}: ${c.text ?? String(c.count)}`).join(' · ')}
          </Fact>
        ) : null}
        <ReadBy extractor={post.extractor} warnings={post.warnings} notes={post.notes} />
      </dl>
    </section>
  );
}

function user(u: XUserRef, { t }: Translator) {
  return (
    <>
      {u.name ?? <Missing text={t('telegram.unnamed')} />}
      <span class="sub">
        {[u.handle ? `@${u.handle}` : null, u.userId ? t('x.userId', { id: u.userId }) : null]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}
