import type { TelegramEntityType } from './types';

/**
 * The selectors of Telegram's public web previews (t.me/s/<channel> and the
 * embed widget), together, each with its source: TCHAN = PythonicCafe/tchan
 * test_tchan.py (verbatim t.me/s blocks, one per message type); WIDGETJS =
 * MarshalX/telegram-crawler data/web/telegram.org/js/widget-frame.js
 * (Telegram's own script in these pages); RSSHUB = DIYgod/RSSHub
 * lib/routes/telegram/channel.ts; SNSCRAPE = JustAnotherArchivist/snscrape
 * snscrape/modules/telegram.py. When Telegram changes these pages, this file changes.
 */
export const SEL = {
  // One post (an album is one): data-post="<channel>/<id>", data-view, and in embeds data-peer
  // (TCHAN, SNSCRAPE, WIDGETJS sendPollVote).
  message: '.tgme_widget_message',
  // "Channel created", "… pinned …": a class on the post itself (TCHAN service tests).
  service: '.service_message',
  // The post's wrapper in the /s/ history (TCHAN).
  wrap: '.tgme_widget_message_wrap',
  // Channel header: right column and top bar of /s/ pages (SNSCRAPE _get_entity; TCHAN test_channel_info).
  header: '.tgme_channel_info, .tgme_header_info',
  // Page chrome inside the header: download/join buttons and footer links, not the channel.
  headerChrome: '.tgme_channel_download_telegram, .tgme_channel_join_telegram, .tgme_footer',
  headerTitle: '.tgme_channel_info_header_title, .tgme_header_title',
  headerUsername: '.tgme_channel_info_header_username a',
  // <span class="counter_value">27.4K</span> <span class="counter_type">subscribers</span> (TCHAN, SNSCRAPE).
  counter: '.tgme_channel_info_counter',
  counterValue: '.counter_value',
  counterType: '.counter_type',
  // Top bar: "27.4K subscribers" in one element (RSSHub-style scrapers; a saved t.me/s/DEXTNewPairsBot page).
  headerCounter: '.tgme_header_counter',
  description: '.tgme_channel_info_description',
  // Parts of a post that belong to another message: the quoted reply, the link preview (TCHAN).
  foreign: '.tgme_widget_message_reply, .tgme_widget_message_link_preview',
  // The chat's name in the bubble; a group's message shows "<author_name> in <owner_name>" (TCHAN; parsers
  // of real group embeds).
  owner: '.tgme_widget_message_owner_name',
  author: '.tgme_widget_message_author .tgme_widget_message_author_name',
  // Signature, in the meta before the date: <span …from_author>Name</span>,&nbsp;edited (TCHAN).
  meta: '.tgme_widget_message_meta',
  signature: '.tgme_widget_message_meta .tgme_widget_message_from_author',
  // The date; other <time>s in a post are durations (TCHAN, WIDGETJS TPost.init).
  dateLink: '.tgme_widget_message_date',
  date: '.tgme_widget_message_date time[datetime]',
  views: '.tgme_widget_message_views',
  // Innermost body text; albums double it; a reply's quote is js-message_reply_text (TCHAN).
  text: '.tgme_widget_message_text.js-message_text',
  forwarded: '.tgme_widget_message_forwarded_from',
  forwardedName: '.tgme_widget_message_forwarded_from_name',
  reply: '.tgme_widget_message_reply',
  replyAuthor: '.tgme_widget_message_author_name',
  replyText: '.js-message_reply_text',
  // <span class="tgme_reaction"><i class="emoji"><b>🔥</b></i>3</span>; custom: <tg-emoji emoji-id>; paid: a star
  // icon (copies of real t.me/s reaction blocks in scrapers' tests).
  reaction: '.tgme_widget_message_reactions .tgme_reaction',
  reactionPaid: '.tgme_reaction_paid',
  // i.emoji > b holds the character (TCHAN); tg-emoji[emoji-id] wraps a custom one, and Telegram's script adds
  // its animation in .tg-emoji-wrap (WIDGETJS proccessEmoji).
  emoji: '.emoji',
  customEmoji: 'tg-emoji',
  emojiAnimation: '.tg-emoji-wrap',
  // Parts this extractor does not turn into media (TCHAN poll and location; RSSHUB contact).
  poll: '.tgme_widget_message_poll',
  contact: '.tgme_widget_message_contact',
  location: '.tgme_widget_message_location_wrap',
  // "Please open Telegram to view this post", "Media is too big" (TCHAN).
  notSupportedLabel: '.message_media_not_supported_label',
} as const;

export const MEDIA = {
  // style="width:800px;background-image:url('…')" and an inner padding-top ratio; album items state their
  // width and height in px (TCHAN photo_single, photo_multiple).
  photo: '.tgme_widget_message_photo_wrap',
  photoRatio: '.tgme_widget_message_photo',
  // A <video> in .tgme_widget_message_video_wrap (width px + padding-top ratio); no <video> when "Media is too
  // big" (TCHAN video_big); no play button means a GIF (RSSHUB).
  video: '.tgme_widget_message_video_player',
  videoPlay: '.message_video_play',
  videoWrap: '.tgme_widget_message_video_wrap',
  videoFile: '.tgme_widget_message_video_wrap video[src]',
  videoThumb: '.tgme_widget_message_video_thumb',
  videoDuration: '.message_video_duration',
  round: '.tgme_widget_message_roundvideo_player',
  roundFile: 'video.tgme_widget_message_roundvideo',
  roundThumb: '.tgme_widget_message_roundvideo_thumb',
  roundDuration: '.tgme_widget_message_roundvideo_duration',
  voice: '.tgme_widget_message_voice_player',
  voiceFile: 'audio.tgme_widget_message_voice',
  voiceDuration: '.tgme_widget_message_voice_duration',
  // Title and "extra": a file's size, or an audio file's performer (TCHAN audio_document).
  document: '.tgme_widget_message_document_wrap',
  documentTitle: '.tgme_widget_message_document_title',
  documentExtra: '.tgme_widget_message_document_extra',
  documentAudio: '.tgme_widget_message_document_icon.audio',
  // i[data-webp] with a placeholder background until Telegram's script loads the webp (TCHAN sticker;
  // WIDGETJS proccessWebpImage); animated and video stickers (RSSHUB).
  sticker: '.tgme_widget_message_sticker, .tgme_widget_message_videosticker, .tgme_widget_message_tgsticker',
  stickerFile: 'video[src]',
  stickerRatio: '[style*="padding-top"]',
  // An album's item (TCHAN tchantest/84: a.grouped_media_wrap, href "https://t.me/<channel>/<its own id>?single").
  groupedItem: '.grouped_media_wrap',
} as const;
export const ANY_MEDIA = [MEDIA.photo, MEDIA.video, MEDIA.round, MEDIA.voice, MEDIA.document, MEDIA.sticker].join(', ');

// Formatting tags in the text: <b>, <i>, <code> and <tg-spoiler> are on real pages (TCHAN; WIDGETJS initSpoilers),
// the rest follow Telegram's HTML formatting (the Bot API's tags), not yet seen on a stored t.me page.
export const ENTITY_TAGS: Record<string, TelegramEntityType> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

// The meta's own text: "edited" before the date, after the signature if any (TCHAN signed/edited tests).
export const EDITED = /\bedited\b/i;
// The counter that sizes the chat: "subscribers" for a channel, "members" for a group (TCHAN, SNSCRAPE).
export const SIZE_COUNTER = /^(subscribers?|members?)$/i;

// A username in a t.me path: letters, digits and underscores from a letter on; 5–32 long, 4 let through (short
// collectible names exist), so nothing real is refused.
export const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
// First path parts of t.me that are not chats.
export const RESERVED = new Set([
  's',
  'c',
  'joinchat',
  'addstickers',
  'addemoji',
  'share',
  'proxy',
  'socks',
  'iv',
  'login',
]);

export interface PreviewAddress {
  channel: string;
  /** The post of a single-post page or of a /s/<channel>/<id> context page. */
  messageId: number | null;
}
