import type { ChatView, ExtractResult, MediaFetchResult, PostSlice } from '../evidence/page-answer';

export type { ChatView, ExtractResult, MediaFetchResult };

/**
 * What the background asks of the extractor injected into a frame, and what it
 * answers. The answer comes from a web page's frame: the background checks its
 * shape before it uses it (utils/evidence/page-answer.ts).
 */
export const IN_PAGE_API_KEY = '__dokazExtractor';

export interface ExtractRequest {
  /** Find the post around the last right-clicked element, or take the whole page as the post. */
  post: 'last-right-click' | 'page' | 'none';
  /** The media URL the browser reported for the click, to find the element when the marker saw none. */
  srcUrl: string | null;
  linkUrl: string | null;
  /** Firefox's id for the element its context menu was opened on (menus.OnClickData.targetElementId); null elsewhere. */
  targetElementId: number | null;
  /** Also return the serialized DOM, where the browser has no MHTML. */
  dom: boolean;
  /**
   * The capture's time (UTC ISO, the record's `capturedAt`): what a date shown relative to the day ("Today",
   * "Monday", "November 18" without a year) is resolved against, and recorded as the date's `reference`.
   */
  now: string;
}

export interface InPageApi {
  extract(request: ExtractRequest): Promise<ExtractResult>;
  fetchMedia(url: string, maxBytes: number, offered?: boolean): Promise<MediaFetchResult>;
  /** Scrolls the last extracted post to slice `step` and says where it is; null when there is no more. */
  slice(step: number): Promise<PostSlice | null>;
  /** A run through a chat (utils/extract/chat-view.ts): what the chat shows now; null where no chat is. */
  chatView(request: ChatViewRequest): Promise<ChatView | null>;
  scrollChat(scroll: ChatScroll): Promise<{ moved: boolean }>;
  /** Waits for the pictures in view to load, before a screenshot. */
  settleChat(): Promise<void>;
  /** The id of the message the last right-click was on, or null. */
  clickedMessage(): Promise<number | null>;
}

export interface ChatViewRequest {
  /** The run's time now (UTC ISO), as `ExtractRequest.now`. */
  now: string;
  /** The messages the run has handled: not read again. */
  skip: number[];
  /** Also return the serialized DOM, where the browser has no MHTML (the view's page snapshot). */
  dom: boolean;
}

export type ChatScroll = { to: 'newest' | 'oldest' } | { to: 'older' | 'newer'; anchor: number | null };
