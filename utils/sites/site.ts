import { noteInEnglish, withWarnings, type Drafted, type Note, type QuotedNote } from '../notes/note';
import type { PostMedia } from '../evidence/record';
/**
 * A site extractor: a pure function over the DOM for one site or client. It
 * returns null when the right-clicked element is not inside something it
 * knows (the generic extractor then takes the post), and throws
 * UnknownLayoutError when it is, but the page is not as it expects (a client
 * update, a service message): the generic extractor takes over and the
 * reason goes into the capture's warnings.
 */
export interface SiteExtractor<P = unknown> {
  /** Name and version, e.g. "telegram-web-k@1". */
  name: string;
  matches(url: URL): boolean;
  /** The structured post and the element that shows it (the bubble, the header), for the crop and the generic fields. */
  extract(target: Element, pageUrl: string, now: Date): { post: P; element: Element } | null;
}

/**
 * A site extractor from its reader, which drafts the post with its notes (keys and values): the post's English
 * `warnings` are written from them here, once, for every site.
 */
export function defineExtractor<P extends { warnings: string[]; notes?: Note[] }>(spec: {
  name: string;
  matches(url: URL): boolean;
  read(target: Element, pageUrl: string, now: Date): { post: Drafted<P>; element: Element } | null;
}): SiteExtractor<P> {
  return {
    name: spec.name,
    matches: (url) => spec.matches(url),
    extract(target, pageUrl, now) {
      const found = spec.read(target, pageUrl, now);
      return found && { post: withWarnings<P>(found.post), element: found.element };
    },
  };
}

/** The page is not as the extractor expects; `problem` says how (a `layout…` note). */
export class UnknownLayoutError extends Error {
  override name = 'UnknownLayoutError';
  constructor(readonly problem: QuotedNote) {
    super(noteInEnglish(problem));
  }
}

/**
 * A media item a site names as the post's own, to be kept: the record's own shape (a type only, so the model's
 * registry of sites and this contract draw no arrow back and forth).
 */
export type SiteMedia = PostMedia;

/**
 * A site Dokaz reads beyond the generic page (utils/sites/<site>/index.ts), registered in utils/sites/index.ts: its
 * extractors and what of its posts is kept as media. Its structured post's schema is registered beside it.
 */
export interface Site<P extends { platform: string }> {
  platform: P['platform'];
  extractors: readonly SiteExtractor<P>[];
  /** The post's own media, to be kept; the generic extractor's rule (everything in the post) does not apply. */
  media(post: P, pageUrl: string): SiteMedia[];
  /** The chat and the accounts the post shows, for the catalogue. */
  observe(post: P): Observation;
  /** What every site's post has, for search, the CSV export and the report's headings. */
  summarize(post: P): PostSummary;
  /**
   * Files of a pack derived from its posts of this site, in the form the site's own tools read (Telegram Desktop's
   * export), each under `<platform>/`. Pure and deterministic: the verifier makes them again from the records.
   */
  packFiles?(posts: readonly PackedPost<P>[]): SiteFile[];
  /** How a run through a whole chat reads this site (monitor mode, utils/monitor/); absent where no run can go. */
  chats?: {
    walkers: readonly ChatWalker[];
    /** The message a post is, and what makes a version of it; null for a post that is not a chat's message. */
    message(post: P): RunMessage | null;
  };
}

/** A capture of a pack as a site's pack files see it: its post, when, and its media files in the pack. */
export interface PackedPost<P = unknown> {
  captureId: string;
  capturedAt: string;
  /** The frame the post was read in: a media item's address is resolved against it, as the capture did. */
  frameUrl: string;
  post: P;
  media: { sourceUrl: string; path: string; mime: string; size: number }[];
}

/** A file a site derives for a pack: its path in the pack and its text (UTF-8). */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * A chat's history as a page shows it, for a run through it: the client's own scroller and the messages it holds
 * now. A virtualised client holds only part of the chat at any moment; the run scrolls and reads again.
 */
export interface ChatWalker {
  matches(url: URL): boolean;
  /** The element that scrolls the history (the document's scrolling element when the page scrolls); null: no chat. */
  scroller(doc: Document): Element | null;
  /** Every message element the page holds now, oldest first: each is what the site's extractor reads as a post. */
  messages(scroller: Element): Element[];
  /** A message element's server id, read cheaply (before the whole post is); null when the page gives none. */
  messageId(message: Element): number | null;
  /**
   * Asks the client itself to go to the chat's newest message, where it has a way that loads that end at once (Web K's
   * "go down" button) instead of every slice between: true when it was asked, and the page then changes by itself.
   */
  jumpToNewest?(doc: Document): boolean;
  /**
   * Whether the page shows the chat's whole history, each message beside its neighbours: not a search's results,
   * a thread's replies or the pinned messages, where a run may document but never claim that a message is gone.
   */
  wholeHistory(url: URL): boolean;
}

/** A post as a message of a chat: where it stands, and its facts that make a new version or only an observation. */
export interface RunMessage {
  /** The chat's catalogue key (ChatSeen.key). */
  chatKey: string;
  chatPeerId: number | null;
  messageId: number;
  /** The message's date (UTC ISO), for a run that stops at a date; null when unknown. */
  date: string | null;
  /** What changes only when the message does (its text, media, edited mark): a change is a new version. */
  content: unknown;
  /** What changes all the time (views, reactions): recorded as the run's observations, never a new version. */
  counters: unknown;
}

/** What the core knows of any site's post: its id, link, author, time, text and the name a reader knows it by. */
export interface PostSummary {
  /** What a reader knows the capture by: the chat's title, the account's name. */
  title: string | null;
  /** The post's id on its site (a Telegram message id, an X status id), as digits. */
  id: string | null;
  link: string | null;
  author: { name: string | null; id: string | null; username: string | null } | null;
  /** UTC ISO 8601. */
  date: string | null;
  /** The post's own text, as the site's extractor read it; null when the post is not a message. */
  text: string | null;
}

/** A chat (group, channel) as one capture saw it, for the catalogue (utils/case-work/catalogue.ts). */
export interface ChatSeen {
  /** Stable across captures, and stored: e.g. "peer:<id>". */
  key: string;
  peerId: number | null;
  title: string | null;
  username: string | null;
  type: string | null;
  memberCount: number | null;
  memberCountText: string | null;
  link: string | null;
}

/** An account as one capture saw it, for the catalogue. */
export interface AccountSeen {
  key: string;
  peerId: number | null;
  name: string | null;
  username: string | null;
}

/** What one capture adds to the catalogue. */
export interface Observation {
  chat: ChatSeen | null;
  accounts: AccountSeen[];
}
