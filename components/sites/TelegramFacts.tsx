import type { TelegramChat, TelegramPeerRef, TelegramPost } from '../../utils/sites/telegram/types';
import { Fact, Missing, WebAddress } from '../Facts';
import { useI18n } from '../i18n';
import { ReadBy } from './ReadBy';
import type { UiKey } from '../../utils/i18n/catalog';
import type { Translator } from '../../utils/i18n/translate';

/**
 * What a Telegram extractor read: the facts a case is built on (which chat by
 * its stable id, which message, who, when), before the page's own text.
 */
export function TelegramFacts({ post }: { post: TelegramPost }) {
  const i18n = useI18n();
  const { t, dateTime, catalog } = i18n;
  const heading = t(`telegram.${post.kind}`);
  return (
    <section aria-labelledby="telegram-heading" data-testid="telegram-facts">
      <h2 id="telegram-heading">{heading}</h2>
      <dl class="facts">
        {post.kind === 'account' ? <Fact label={t('telegram.accountLabel')}>{peer(post.account, i18n)}</Fact> : null}
        <Fact label={t('telegram.chatLabel')}>{chat(post.chat, i18n)}</Fact>
        {post.kind === 'chat' ? (
          <>
            <Fact label={t('telegram.description')}>{post.chat.description ?? <Missing />}</Fact>
            <Fact label={t('telegram.link')}>
              <WebAddress url={post.chat.link} />
            </Fact>
          </>
        ) : null}
        {post.kind === 'message' ? (
          <>
            <Fact label={t('telegram.messageId')}>{post.messageId ?? <Missing text={t('fact.unknown')} />}</Fact>
            <Fact label={t('telegram.link')}>
              <WebAddress url={post.permalink} />
            </Fact>
            <Fact label={t('telegram.sender')}>
              {post.sender ? peer(post.sender, i18n) : <Missing text={t('fact.unknown')} />}
              {post.sender?.signature ? (
                <span class="sub">{t('telegram.signed', { signature: post.sender.signature })}</span>
              ) : null}
            </Fact>
            <Fact label={t('telegram.sent')}>
              {post.date.iso ? dateTime(post.date.iso, { long: true }) : <Missing text={t('fact.unknown')} />}
              <span class="sub">
                {post.date.iso ? <code>{post.date.iso}</code> : null}{' '}
                {t('telegram.dateShown', {
                  text: post.date.text ?? '—',
                  precision: t(PRECISION_KEYS[post.date.precision ?? 'unknown'] ?? 'telegram.precision.unknown'),
                  source: post.date.source ?? t('telegram.noSource'),
                })}
                {post.edited ? ` · ${t('telegram.edited')}` : ''}
              </span>
            </Fact>
            {post.forwardedFrom ? (
              <Fact label={t('telegram.forwardedFrom')}>{peer(post.forwardedFrom, i18n)}</Fact>
            ) : null}
            {post.replyTo ? (
              <Fact label={t('telegram.replyTo')}>
                {post.replyTo.senderName ?? t('telegram.unknownSender')}
                {post.replyTo.messageId !== null
                  ? `, ${t('telegram.replyMessage', { id: String(post.replyTo.messageId) })}`
                  : ''}
                {post.replyTo.text ? <span class="sub">“{post.replyTo.text}”</span> : null}
              </Fact>
            ) : null}
            <Fact label={t('telegram.views')}>{post.viewsText ?? <Missing />}</Fact>
            <Fact label={t('telegram.media')}>
              {post.media.length ? (
                <ul class="plain">
                  {post.media.map((m, i) => (
                    <li key={i}>
                      {(catalog.report.mediaKinds as Record<string, string>)[m.kind] ?? m.kind}
                      {m.fileName ? ` “${m.fileName}”` : ''}
                      {m.width && m.height ? `, ${m.width} × ${m.height}` : ''}
                      {m.duration !== null ? `, ${t('telegram.mediaSeconds', { seconds: m.duration })}` : ''}
                      {m.thumbnail ? ` (${t('telegram.previewOnly')})` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <Missing />
              )}
            </Fact>
          </>
        ) : null}
        <ReadBy extractor={post.extractor} warnings={post.warnings} notes={post.notes} />
      </dl>
    </section>
  );
}

const PRECISION_KEYS: Partial<Record<string, UiKey>> = {
  second: 'telegram.precision.second',
  minute: 'telegram.precision.minute',
  day: 'telegram.precision.day',
};

const CHAT_TYPE_KEYS: Partial<Record<string, UiKey>> = {
  channel: 'telegram.chatType.channel',
  supergroup: 'telegram.chatType.supergroup',
  group: 'telegram.chatType.group',
  user: 'telegram.chatType.user',
  bot: 'telegram.chatType.bot',
};

function peerIdText(id: number | string | null, { t }: Translator): string {
  return id !== null ? t('telegram.peerId', { id: String(id) }) : t('telegram.peerIdUnknown');
}

function chat(c: TelegramChat, i18n: Translator) {
  const { t } = i18n;
  const typeKey = c.type ? CHAT_TYPE_KEYS[c.type] : undefined;
  return (
    <>
      {c.title ?? <Missing text={t('telegram.untitled')} />}
      <span class="sub">
        {[
          typeKey ? t(typeKey) : c.type,
          c.username ? `@${c.username}` : null,
          peerIdText(c.peerId, i18n),
          c.memberCountText,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}

function peer(p: TelegramPeerRef, i18n: Translator) {
  return (
    <>
      {p.name ?? <Missing text={i18n.t('telegram.unnamed')} />}
      <span class="sub">
        {[p.username ? `@${p.username}` : null, peerIdText(p.peerId, i18n)].filter(Boolean).join(' · ')}
      </span>
    </>
  );
}
