import type { TelegramChat, TelegramMessagePost, TelegramPeerRef, TelegramPost } from './types';
import { shownNotes } from '../../i18n/notes';
import {
  captured,
  esc,
  excerpt,
  factRow,
  factTable,
  fill,
  missing,
  mono,
  webLink,
  type Html,
  textExcerpt,
  type ReportContext,
} from '../../html/report-format';

/**
 * The facts a Telegram extractor read, one row each, in the order a case is
 * built on: the chat by its stable id, the message, who, when, what. Unknown
 * is shown as unknown, as the record has it: never a guess.
 */
export function renderTelegram(post: TelegramPost, ctx: ReportContext, recordPath: string): Html {
  const { labels } = ctx;
  const heading =
    post.kind === 'message'
      ? labels.telegramMessage
      : post.kind === 'chat'
        ? labels.telegramChat
        : labels.telegramAccount;
  const rows: Html[] = [factRow(labels.platform, `Telegram · ${esc(labels.clients[post.client] ?? post.client)}`)];
  if (post.kind === 'account') {
    rows.push(...peerRows(post.account, ctx, [labels.accountName, labels.accountPeerId, labels.accountUsername]));
  }
  rows.push(...chatRows(post.chat, ctx));
  if (post.kind === 'chat') {
    rows.push(
      factRow(labels.chatDescription, post.chat.description ? text(post.chat.description) : missing(labels.none)),
      factRow(labels.chatLink, post.chat.link ? webLink(post.chat.link) : missing(labels.none)),
    );
  }
  if (post.kind === 'message') rows.push(...messageRows(post, ctx, recordPath));
  rows.push(factRow(labels.extractor, mono(post.extractor)));
  if (post.warnings.length) {
    const notes = shownNotes(post.warnings, post.notes, ctx.locale).map((w) => `<li>${captured(w)}</li>`);
    rows.push(factRow(labels.extractorWarnings, `<ul>${notes.join('')}</ul>`));
  }
  return `<h3>${esc(heading)}</h3>${factTable(rows)}`;
}

function chatRows(chat: TelegramChat, ctx: ReportContext): Html[] {
  const { labels } = ctx;
  const type = chat.type ? esc(labels.chatTypes[chat.type] ?? chat.type) : missing(labels.unknown);
  const rows = [
    factRow(labels.chatTitle, chat.title ? captured(chat.title) : missing(labels.unknown)),
    factRow(labels.chatPeerId, id(chat.peerId, ctx)),
    factRow(labels.chatUsername, chatUsername(chat, ctx)),
    factRow(labels.chatType, type),
  ];
  if (chat.memberCountText) rows.push(factRow(labels.chatMembers, captured(chat.memberCountText)));
  return rows;
}

function messageRows(post: TelegramMessagePost, ctx: ReportContext, recordPath: string): Html[] {
  const { labels, fmt } = ctx;
  const rows = [factRow(labels.messageId, id(post.messageId, ctx))];
  if (post.sender) {
    rows.push(...peerRows(post.sender, ctx, [labels.senderName, labels.senderPeerId, labels.senderUsername]));
    if (post.sender.signature) rows.push(factRow(labels.senderSignature, captured(post.sender.signature)));
  } else {
    rows.push(factRow(labels.senderName, missing(labels.unknown)));
  }
  rows.push(
    factRow(labels.date, date(post, ctx)),
    factRow(labels.permalink, post.permalink ? webLink(post.permalink) : missing(labels.none)),
    factRow(labels.edited, esc(post.edited ? labels.yes : labels.no)),
  );
  if (post.forwardedFrom) {
    const from = post.forwardedFrom;
    const parts = [from.name ? captured(from.name) : missing(labels.unknown)];
    if (from.username) parts.push(username(from.username, ctx));
    parts.push(`${esc(labels.peerId)}: ${id(from.peerId, ctx)}`);
    if (from.date) parts.push(esc(fmt.dateTime(from.date)));
    rows.push(factRow(labels.forwardedFrom, parts.join('<br>')));
  }
  if (post.replyTo) {
    const reply = post.replyTo;
    const parts = [reply.senderName ? captured(reply.senderName) : missing(labels.unknown)];
    if (reply.messageId !== null) parts.push(fill(labels.replyToMessage, { id: mono(reply.messageId) }));
    if (reply.text) parts.push(`<q>${captured(excerpt(reply.text, 300).text)}</q>`);
    rows.push(factRow(labels.replyTo, parts.join('<br>')));
  }
  if (post.views !== null || post.viewsText) {
    const views = post.views !== null ? esc(fmt.number(post.views)) : '';
    const shown = post.viewsText ? ` <span class="sub">(“${captured(post.viewsText)}”)</span>` : '';
    rows.push(factRow(labels.views, views + shown));
  }
  if (post.media.length) {
    const items = post.media.map((m) => {
      const bits = [esc(labels.mediaKinds[m.kind] ?? m.kind)];
      // An album's items are messages of their own (records made before them keep no id).
      if (typeof m.messageId === 'number' && m.messageId !== post.messageId)
        bits.push(fill(labels.replyToMessage, { id: mono(m.messageId) }));
      else if (m.messageId === null) bits.push(fill(labels.replyToMessage, { id: missing(labels.unknown) }));
      if (m.fileName) bits.push(captured(m.fileName));
      if (m.width && m.height) bits.push(fill(labels.imageSize, { width: esc(m.width), height: esc(m.height) }));
      if (m.fileSizeText) bits.push(captured(m.fileSizeText));
      if (m.thumbnail) bits.push(esc(labels.mediaPreviewOnly));
      return `<li>${bits.join(', ')}</li>`;
    });
    rows.push(factRow(labels.media, `<ul>${items.join('')}</ul>`));
  }
  rows.push(factRow(labels.messageText, textExcerpt(post.text, ctx, recordPath)));
  return rows;
}

function date(post: TelegramMessagePost, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  const { iso, text: shown, precision, source } = post.date;
  const main = iso ? `${esc(fmt.dateTime(iso, { precision }))}<br>${mono(iso)}` : missing(labels.unknown);
  const details = fill(labels.dateDetails, {
    text: shown ? captured(shown) : '—',
    precision: esc(precision ? labels.precisions[precision] : labels.precisionUnknown),
    source: source ? mono(source) : '—',
  });
  return `${main}<br><span class="sub">${details}</span>`;
}

function peerRows(peer: TelegramPeerRef, ctx: ReportContext, [name, peerId, user]: [string, string, string]): Html[] {
  return [
    factRow(name, peer.name ? captured(peer.name) : missing(ctx.labels.unknown)),
    factRow(peerId, id(peer.peerId, ctx)),
    factRow(user, username(peer.username, ctx)),
  ];
}

/** Ids are written as digits, never grouped: "-1001987654321" is what Telegram and a court order use. */
function id(value: number | null, ctx: ReportContext): Html {
  return value === null ? missing(ctx.labels.unknown) : mono(value);
}

/** A chat's username with where it was read (records made before the source was kept have none). */
function chatUsername(chat: TelegramChat, ctx: ReportContext): Html {
  const source = chat.usernameSource;
  const from =
    chat.username && source
      ? `<br><span class="sub">${fill(ctx.labels.usernameFrom, { source: mono(source) })}</span>`
      : '';
  return username(chat.username, ctx) + from;
}

function username(value: string | null, ctx: ReportContext): Html {
  return value ? `<bdi class="mono">@${esc(value)}</bdi>` : missing(ctx.labels.none);
}

function text(value: string): Html {
  return `<div class="text">${captured(value)}</div>`;
}
