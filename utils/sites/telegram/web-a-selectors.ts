import type { TextSelectors } from './web-a-text';

/**
 * The selectors of Telegram Web A (web.telegram.org/a/, github.com/Ajaxy/telegram-tt), each naming the telegram-tt
 * source file that renders it; the fixtures in tests/fixtures/telegram/web-a/ reproduce them.
 */
// Inside a message's text: src/components/common/helpers/renderTextWithEntities.tsx renders Spoiler.tsx and
// CustomEmoji.tsx; the text's container also holds MessageMeta.tsx, Reactions.tsx, Message.tsx's translation
// animation and FactCheck.tsx, which are not text.
const TEXT: TextSelectors = {
  skip: '.MessageMeta, .Reactions, .translation-animation, .FactCheck, .quick-reaction',
  spoiler: '.spoiler, .Spoiler',
  customEmoji: '.custom-emoji, .CustomEmoji',
};

export const SELECTORS = {
  // src/components/middle/message/Message.tsx, src/components/middle/ActionMessage.tsx: every list item has
  // id="message-<id>" and data-message-id; a message is .Message, a service message .ActionMessage
  listItem: '.message-list-item',
  message: '.Message',
  service: '.ActionMessage',
  // Message.tsx: the bubble; .forwarded-message on .content-inner when it shows a forward
  content: '.message-content',
  forwarded: '.forwarded-message',
  // Message.tsx renderSenderName: .message-title > … span.sender-title (now), span.message-title-name (older
  // versions); a forward's title starts with .forward-title-container ("Forwarded from") and a .forward-avatar
  title: '.message-title',
  senderName: '.sender-title',
  senderNameOld: '.message-title-name',
  forwardTitle: '.forward-title-container',
  forwardAvatar: '.forward-avatar',
  // Beside the name in .message-title-name, never part of it: the forward's avatar (src/components/common/Avatar.tsx:
  // a peer without a photo shows its initials as text in .inner), FakeIcon.tsx ("Fake"/"Scam" as text), the emoji
  // status (CustomEmoji), the premium star and icons; the via-bot "@name" follows .via in a .sender-title of its own.
  notName: '.forward-title-container, .Avatar, .FakeIcon, .CustomEmoji, .custom-emoji, .StarIcon, i.icon, .via',
  textContent: '.text-content',
  // src/components/middle/message/MessageMeta.tsx
  time: '.message-time',
  views: '.message-views',
  signature: '.message-signature',
  // src/components/middle/message/reactions/Reactions.tsx, ReactionButton.tsx,
  // src/components/common/reactions/ReactionStaticEmoji.tsx
  reactions: '.Reactions',
  reaction: '.Reactions .message-reaction',
  reactionEmoji: '.emoji-fallback, .fallback-emoji, .ReactionStaticEmoji',
  // src/components/common/embedded/EmbeddedMessage.tsx: the quoted message of a reply
  embedded: '.EmbeddedMessage',
  reply: '.message-subheader .EmbeddedMessage',
  replySender: '.embedded-sender',
  replyText: '.embedded-text-wrapper',
  // src/components/middle/message/WebPage.tsx: a link preview, not the message's own text or media
  webPage: '.WebPage',
  // src/components/middle/MessageListContent.tsx: .message-date-group > .sticky-date (formatHumanDate)
  dateGroup: '.message-date-group',
  dateGroupLabel: '.sticky-date',
  // src/components/middle/message/SenderGroupContainer.tsx: one sender's run, its avatar outside the messages
  senderGroup: '.sender-group-container',
  // src/components/common/Avatar.tsx: data-peer-id (Bot API form); aria-label or the img's alt is the name
  avatar: '.Avatar',
  // src/components/middle/MiddleHeader.tsx > src/components/common/GroupChatInfo.tsx | PrivateChatInfo.tsx
  // (.status > .group-status "1 234 members") > FullNameTitle.tsx (h3.fullName)
  chatInfo: '.MiddleHeader .ChatInfo',
  chatTitle: '.fullName',
  chatStatus: '.status',
  groupStatus: '.group-status',
  // src/components/right/Profile.tsx renderProfileInfo: .profile-info > ProfileInfo.tsx (.ProfileInfo: its Avatar
  // carries data-peer-id while minimized; FullNameTitle's h3.fullName) + src/components/common/profile/ChatExtra.tsx
  // (.ChatExtra: ListItem.tsx rows, .ListItem > … > i.icon.icon-<name> + .multiline-item > .title, .subtitle)
  // (ProfileInfo's FullNameTitle h3.fullName is not read: a title proves nothing of which chat a panel shows)
  profile: {
    root: '.profile-info',
    peer: '.ProfileInfo .Avatar[data-peer-id]',
    row: '.ChatExtra .ListItem',
    rowTitle: '.multiline-item > .title',
    linkIcon: 'i.icon-link',
    mentionIcon: 'i.icon-mention',
  },
  text: TEXT,
  media: {
    // src/components/middle/message/Photo.tsx, Video.tsx (also Album.tsx's items), Sticker.tsx: a picture's frame
    frame: '.media-inner',
    // src/components/middle/message/Album.tsx: an album's item, id="album-media-message-<its message id>"
    albumItem: '[id^="album-media-"]',
    // src/components/common/File.tsx (from Document.tsx): a document; its own .media-inner is only a preview
    file: '.File',
    fileName: '.file-title',
    fileSize: '.file-subtitle > span',
    // src/components/common/Audio.tsx: music and voice; a voice message has .waveform and .voice-duration
    audio: '.Audio',
    voice: '.waveform, .voice-duration',
    audioDuration: '.voice-duration, .duration',
    playing: '.toogle-play-wrapper.pause',
    // src/components/middle/message/RoundVideo.tsx, Sticker.tsx
    round: '.RoundVideo',
    sticker: '.Sticker',
    // Photo.tsx, Video.tsx, StickerView.tsx: the loaded file; before it, a preview (img or canvas .thumbnail)
    full: '.full-media',
    thumbnail: '.thumbnail:not(.blurred-bg)',
    // Video.tsx: "0:42" or "GIF"; while the video plays it counts the time left
    duration: '.message-media-duration',
    // pictures in a message that are not its media: a quote, a link preview, avatars, reactions
    notOwn: '.EmbeddedMessage, .WebPage, .Avatar, .Reactions, .message-title',
  },
} as const;
