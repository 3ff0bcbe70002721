/**
 * Every selector the Web K extractor uses, in one place, each with the tweb
 * (github.com/morethanwords/tweb) source that renders it. When Web K changes
 * its DOM, this file and the fixtures change.
 */
export const WEB_K = {
  /** src/components/chat/chat.ts: one open chat (topbar + bubbles); several can be stacked. */
  chat: '.chat',
  /** src/components/chat/bubbles.ts constructBubbles(); finishPeerChange() adds .is-chat / .is-broadcast. */
  bubblesInner: '.bubbles-inner',
  broadcastClass: 'is-broadcast',
  /** bubbles.ts safeRenderMessage(): data-mid, data-peer-id, data-timestamp (Unix seconds). */
  bubble: '.bubble',
  serviceClass: 'service',
  dateClass: 'is-date',
  sponsoredClass: 'is-sponsored',
  outClass: 'is-out',
  albumClass: 'is-album',
  /** bubbles.ts getDateContainerByTimestamp() / createDateBubble(). */
  dateGroup: '.bubbles-date-group',
  dateBubble: '.bubble.service.is-date:not(.is-fake)',
  serviceText: '.service-msg',
  /** bubbles.ts renderMessage(): class names of direct children (bubble > wrapper > content > message). */
  contentWrapperClass: 'bubble-content-wrapper',
  contentClass: 'bubble-content',
  messageClass: 'message',
  attachmentClass: 'attachment',
  translatable: '.translatable-message',
  /** bubbles.ts renderMessage(): .name > peer-title (src/components/peerTitle.ts). */
  name: '.name',
  namePeerTitle: '.name .peer-title',
  forwardedHeader: '.bubble-name-forwarded',
  /**
   * Peer titles in .name that are not the sender's (bubbles.ts renderMessage()): a via-bot's "@name" in
   * span.is-via, and on a forward of a forward the first line's peer (.name-first-line, the saved-from peer).
   */
  notSenderTitle: '.is-via, .name-first-line',
  forwardedAvatar: '.bubble-name-forwarded-avatar',
  peerTitle: '.peer-title',
  peerTitleInner: '.peer-title-inner',
  /** src/components/chat/bubbleGroups.ts BubbleGroup.createAvatar(); avatarNew.tsx avatarNew(). */
  group: '.bubbles-group',
  groupAvatar: '.bubbles-group-avatar, .bubbles-group-avatar-container',
  groupAvatarWithPeer: '.bubbles-group-avatar[data-peer-id]',
  /** src/components/chat/messageRender.ts MessageRender.setTime(). */
  time: '.time',
  timeInner: '.time-inner',
  timeEdited: '.time-edited',
  postViews: '.post-views',
  postAuthor: '.time-post-author',
  postAuthorComma: '.time-post-author-comma',
  /** messageRender.ts setReply() → wrappers/reply.ts → chat/replyContainer.ts (DivAndCaption 'reply'). */
  reply: '.reply',
  replyTitle: '.reply-title',
  replySubtitle: '.reply-subtitle',
  /** bubbles.ts renderMessage() messageMediaWebPage → wrappers/webPage.tsx (a link preview). */
  webpage: '.webpage',
  /** src/components/chat/reactions.ts, reaction.ts. */
  reaction: '.reactions .reaction',
  reactionCounter: '.reaction-counter',
  reactionEmoji: '[data-sticker-emoji], img[alt]',
  /** wrappers/album.ts wrapAlbum(): children of .attachment with their own data-mid. */
  groupedItem: '.album-item[data-mid], .grouped-item[data-mid], .document-container[data-mid]',
  /** The same items, whether or not they carry their id. */
  albumItem: '.album-item, .grouped-item',
  /** wrappers/photo.ts wrapPhoto(). */
  mediaPhoto: 'img.media-photo, canvas.media-photo',
  /** wrappers/video.ts wrapVideo(). */
  video: 'video.media-video, video',
  videoTime: '.video-time',
  /** wrappers/document.ts wrapDocument(); middleEllipsis.ts keeps the full name in [title]. */
  document: '.document',
  documentName: '.document-name',
  documentNameFull: 'middle-ellipsis-element[title]',
  documentSize: '.document-size',
  documentCaption: '.document-message',
  /** src/components/audio.ts AudioElement.render(). */
  audio: 'audio-element, .audio',
  audioTime: '.audio-time',
  /** src/components/chat/topbar.ts construct() / constructPeerHelpers() / setTitleManual(). */
  header: '.topbar .chat-info',
  headerTitle: '.user-title .peer-title',
  headerSubtitle: '.info',
} as const;

/** Parts of a bubble that are not the message's own text (time, reactions, previews, quotes). */
export const NOT_TEXT =
  '.time, .time-inner, .reactions, reactions-element, .clearfix, .webpage, .bubble-fact-check, .reply, .name, .document-container, .document-wrapper, .document, audio-element, .code-header, .quote-like-collapse';
