import type { TelegramChat, TelegramPeerRef, TelegramPost } from '../utils/extract/telegram/types';
import { Fact, Missing, WebAddress } from './Facts';
import { formatDateTime } from './format';

/**
 * What a Telegram extractor read: the facts a case is built on (which chat by
 * its stable id, which message, who, when), before the page's own text.
 */
export function TelegramFacts({ post }: { post: TelegramPost }) {
  const heading =
    post.kind === 'message' ? 'Telegram message' : post.kind === 'chat' ? 'Telegram chat' : 'Telegram account';
  return (
    <section aria-labelledby="telegram-heading" data-testid="telegram-facts">
      <h2 id="telegram-heading">{heading}</h2>
      <dl class="facts">
        {post.kind === 'account' ? <Fact label="Account">{peer(post.account)}</Fact> : null}
        <Fact label="Chat">{chat(post.chat)}</Fact>
        {post.kind === 'chat' ? (
          <>
            <Fact label="Description">{post.chat.description ?? <Missing />}</Fact>
            <Fact label="Link">
              <WebAddress url={post.chat.link} />
            </Fact>
          </>
        ) : null}
        {post.kind === 'message' ? (
          <>
            <Fact label="Message id">{post.messageId ?? <Missing text="Unknown" />}</Fact>
            <Fact label="Link">
              <WebAddress url={post.permalink} />
            </Fact>
            <Fact label="Sender">
              {post.sender ? peer(post.sender) : <Missing text="Unknown" />}
              {post.sender?.signature ? <span class="sub">Signed: {post.sender.signature}</span> : null}
            </Fact>
            <Fact label="Sent">
              {post.date.iso ? formatDateTime(post.date.iso, { long: true }) : <Missing text="Unknown" />}
              <span class="sub">
                {post.date.iso ? <code>{post.date.iso}</code> : null} shown as “{post.date.text ?? '—'}”, to the{' '}
                {post.date.precision ?? 'unknown precision'} ({post.date.source ?? 'no source'})
                {post.edited ? ' · edited' : ''}
              </span>
            </Fact>
            {post.forwardedFrom ? <Fact label="Forwarded from">{peer(post.forwardedFrom)}</Fact> : null}
            {post.replyTo ? (
              <Fact label="In reply to">
                {post.replyTo.senderName ?? 'Unknown sender'}
                {post.replyTo.messageId !== null ? `, message ${post.replyTo.messageId}` : ''}
                {post.replyTo.text ? <span class="sub">“{post.replyTo.text}”</span> : null}
              </Fact>
            ) : null}
            <Fact label="Views">{post.viewsText ?? <Missing />}</Fact>
            <Fact label="Media">
              {post.media.length ? (
                <ul class="plain">
                  {post.media.map((m, i) => (
                    <li key={i}>
                      {m.kind}
                      {m.fileName ? ` “${m.fileName}”` : ''}
                      {m.width && m.height ? `, ${m.width} × ${m.height}` : ''}
                      {m.duration !== null ? `, ${m.duration} s` : ''}
                      {m.thumbnail ? ' (preview only)' : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <Missing />
              )}
            </Fact>
          </>
        ) : null}
        <Fact label="Read by">
          <code>{post.extractor}</code>
          {post.warnings.length ? (
            <ul class="plain sub">
              {post.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
        </Fact>
      </dl>
    </section>
  );
}

function chat(c: TelegramChat) {
  return (
    <>
      {c.title ?? <Missing text="Untitled" />}
      <span class="sub">
        {[
          c.type,
          c.username ? `@${c.username}` : null,
          c.peerId !== null ? `id ${c.peerId}` : 'id unknown',
          c.memberCountText,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}

function peer(p: TelegramPeerRef) {
  return (
    <>
      {p.name ?? <Missing text="Unnamed" />}
      <span class="sub">
        {[p.username ? `@${p.username}` : null, p.peerId !== null ? `id ${p.peerId}` : 'id unknown']
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}
