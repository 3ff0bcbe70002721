import { botApiPeerId, messagePermalink } from './ids';
import { absolute, clean, own, ownText, usernameOf, parsePreviewUrl, parseCount } from './tme-dom';
import { SEL } from './tme-selectors';
import { readText } from './tme-text';
import type { TelegramChat, TelegramDate, TelegramMessagePost, TelegramPeerRef } from './types';
import { note, type Note } from '../../notes/note';

/** The parts of a t.me preview message (tme.ts reads the whole): who, when, forwarded from, in reply to, reactions, its link. */
/**
 * The chat's Bot API id. Embeds carry data-peer="c<channel id>_<access hash>"; every post
 * carries data-view, base64url JSON {"c":-<channel id>,"p":<post id>[g],…} (decoded from
 * TCHAN and saved pages; @telegram shows c:-1005640892, its Bot API id is -1001005640892).
 */
export function peerIdOf(message: Element, messageId: number): number | null {
  try {
    const fromPeer = /^c(\d{1,15})_/.exec(message.getAttribute('data-peer') ?? '');
    if (fromPeer) return botApiPeerId('channel', Number(fromPeer[1]));
    const raw = (message.getAttribute('data-view') ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const view = JSON.parse(atob(raw.padEnd(Math.ceil(raw.length / 4) * 4, '='))) as { c?: unknown; p?: unknown };
    const post = typeof view.p === 'number' ? view.p : typeof view.p === 'string' ? parseInt(view.p, 10) : NaN;
    if (typeof view.c === 'number' && Number.isSafeInteger(view.c) && view.c < 0 && post === messageId)
      return botApiPeerId('channel', -view.c);
  } catch {
    // Not the attributes as we know them: no id.
  }
  return null;
}

export function accountRef(el: Element): TelegramPeerRef {
  return { name: clean(el.textContent) || null, peerId: null, username: usernameOf(el.getAttribute('href')) };
}

export function readSender(message: Element, chat: TelegramChat, notes: Note[]): TelegramMessagePost['sender'] {
  const signature = clean(own(message, SEL.signature)[0]?.textContent) || null;
  const author = own(message, SEL.author)[0];
  if (author) {
    const ref = accountRef(author);
    notes.push(ref.name ? note('tmeNoIdForSender', { name: ref.name }) : note('tmeNoIdForSenderUnnamed'));
    return { ...ref, signature };
  }
  const owner = own(message, SEL.owner)[0];
  if (!owner) {
    notes.push(note('tmeNoSender'));
    return null;
  }
  // A post shown under the chat's own name was sent as the chat.
  const name = clean(owner.textContent) || null;
  return { name, peerId: chat.peerId, username: usernameOf(owner.getAttribute('href')), signature };
}

export function readDate(message: Element, notes: Note[]): TelegramDate {
  const time = own(message, SEL.date)[0];
  const value = time?.getAttribute('datetime') ?? '';
  const parts = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/.exec(value);
  const date = parts ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    notes.push(time ? note('tmeDateNotFull', { value }) : note('tmeNoDate'));
    return { iso: null, text: clean(time?.textContent) || null, precision: null, source: null, reference: null };
  }
  return {
    iso: date.toISOString(),
    // As the reader sees it: Telegram's script rewrites this text in the browser's time zone (WIDGETJS TPost.init).
    text: clean(time!.textContent) || value,
    precision: parts![1] ? 'second' : 'minute',
    source: 'time[datetime]',
    reference: null,
  };
}

export function readForward(message: Element, pageUrl: string, notes: Note[]): TelegramMessagePost['forwardedFrom'] {
  const block = own(message, SEL.forwarded)[0];
  if (!block) return null;
  const nameEl = block.querySelector(SEL.forwardedName);
  // "Forwarded from&nbsp;<a …forwarded_from_name>" (TCHAN); without the name element, the block's text.
  const name = clean((nameEl ?? block).textContent).replace(/^Forwarded from\s*/i, '') || null;
  const username = usernameOf(absolute(nameEl?.getAttribute('href'), pageUrl));
  notes.push(name ? note('tmeNoIdForForward', { name }) : note('tmeNoIdForForwardUnnamed'));
  return { name, peerId: null, username, date: null };
}

export function readReply(
  message: Element,
  username: string,
  pageUrl: string,
  notes: Note[],
): TelegramMessagePost['replyTo'] {
  const reply = message.querySelector(SEL.reply);
  if (!reply) return null;
  const href = absolute(reply.getAttribute('href'), pageUrl);
  const target = href ? parsePreviewUrl(new URL(href)) : null;
  const same = target?.channel.toLowerCase() === username.toLowerCase();
  if (!same) notes.push(href ? note('tmeReplyElsewhere', { href, username }) : note('tmeReplyNowhere'));
  const quote = reply.querySelector(SEL.replyText);
  return {
    messageId: same ? target!.messageId : null,
    senderName: clean(reply.querySelector(SEL.replyAuthor)?.textContent) || null,
    text: quote ? readText(quote, pageUrl).text || null : null,
  };
}

export function readReactions(message: Element, notes: Note[]): TelegramMessagePost['reactions'] {
  return own(message, SEL.reaction).map((el) => {
    const custom = el.querySelector(SEL.customEmoji)?.getAttribute('emoji-id');
    // Not every reaction has a character: custom emoji show only their id, paid ones a star icon.
    const paid = el.matches(SEL.reactionPaid);
    const shownEmoji = clean(el.querySelector(SEL.emoji)?.textContent);
    const emoji = paid ? 'paid_stars' : custom ? `custom_emoji:${custom}` : shownEmoji;
    if (paid || custom || !shownEmoji) notes.push(note('tmeReactionNoCharacter', { emoji }));
    const shown = clean(ownText(el));
    const count = parseCount(shown);
    if (count === null) notes.push(note('tmeReactionRounded', { emoji, text: shown }));
    return { emoji, count };
  });
}

export function readPermalink(
  message: Element,
  chat: TelegramChat,
  messageId: number,
  pageUrl: string,
  notes: Note[],
): string | null {
  const computed = messagePermalink(chat, messageId);
  const stated = absolute(own(message, SEL.dateLink)[0]?.getAttribute('href'), pageUrl);
  const expected = `https://t.me/${chat.username}/${messageId}`;
  // The date links to the post; that link is the same for a channel and a supergroup.
  const fromPage = stated?.toLowerCase() === expected.toLowerCase() ? expected : null;
  if (computed && stated && !fromPage) notes.push(note('tmeDateLinksElsewhere', { stated, computed }));
  if (!computed && !fromPage) notes.push(note('tmeNoLink'));
  return computed ?? fromPage;
}
