import type { Kit } from '../../schema/kit';
import { noteSchema } from '../../notes/note';

/**
 * The structured post the X extractor returns (x.com, twitter.com): who posted, which post by its id, when, what,
 * with what, in reply to whom, quoting what, and its counts as shown. Unknown is null, with a warning; never a guess.
 * X's ids exceed 2^53, so every id is a decimal string, never a number. Written once: packs are checked against it
 * strictly, what a page hands over is copied through it bounded (utils/schema/kit.ts), and types.ts derives from it.
 */
export const X_VIEWS = ['status', 'timeline', 'search'] as const;
export const X_MEDIA_KINDS = ['photo', 'video', 'gif'] as const;

/** A decimal id of X's (a post's, a user's): 1 to 20 digits, kept as text. */
const X_ID = /^[0-9]{1,20}$/;

export function xPostSchema(k: Kit) {
  const text = k.text();
  const ntext = k.nullable(text);
  const nid = k.nullable(k.format('kind.decimalId', (value) => X_ID.test(value)));

  const user = k.object({
    name: ntext,
    /** Without the @. */
    handle: ntext,
    /** The numeric user id, only where the page holds it. */
    userId: nid,
  });
  /** A count exactly where the page states it (an action button's label "1234 Likes"), and as shown ("1.2K"). */
  const count = k.object({ count: k.nullable(k.count), text: ntext });

  return k.object({
    platform: k.literal('x'),
    kind: k.literal('status'),
    /** Name and version of the extractor, e.g. "x-web@1". */
    extractor: text,
    /** Every field that could not be read, and why. */
    warnings: k.list(text, 100),
    /** Each of `warnings` as a note, in the same order (records from dokaz-capture/3). */
    notes: k.optional(k.list(noteSchema(k), 100)),
    /** Where the post was seen: its own page, a timeline (home, list, profile), or search results. */
    view: k.oneOf(X_VIEWS),
    statusId: nid,
    /** https://x.com/<handle>/status/<id> */
    permalink: ntext,
    author: user,
    date: k.object({
      /** UTC ISO 8601 with milliseconds, from the post's time[datetime]. */
      iso: ntext,
      /** As shown ("2h", "Nov 23"). */
      text: ntext,
      /** Where the date came from: "time[datetime]". */
      source: ntext,
    }),
    text,
    /** Each link of the text: as shown, and where it leads. */
    links: k.list(k.object({ text, url: text }), 1_000),
    media: k.list(
      k.object({
        kind: k.oneOf(X_MEDIA_KINDS),
        /** The full-size address (a photo at name=orig), or null when the page holds none to fetch (a blob: video). */
        src: ntext,
        /** The address the page showed (the photo's size on screen, a video's poster). */
        shownSrc: ntext,
        /** The description its author gave. */
        alt: ntext,
      }),
      100,
    ),
    quoted: k.nullable(k.object({ statusId: nid, permalink: ntext, author: user, text: ntext })),
    /** The post it answers: the handles it names, and the post's id where the page shows that post above it. */
    replyTo: k.nullable(k.object({ statusId: nid, handles: k.list(text, 50) })),
    /** "<name> reposted", when a timeline shows it. */
    repostedBy: k.nullable(user),
    counts: k.object({ replies: count, reposts: count, likes: count, bookmarks: count, views: count }),
  });
}
