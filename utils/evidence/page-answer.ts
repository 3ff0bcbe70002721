import type * as v from 'valibot';
import { DokazError } from '../errors';
import { text } from '../i18n/translate';
import { BOUNDED, type Kit, type Schema } from '../schema/kit';
import { parseWith, problemInEnglish, SchemaError } from '../schema/problems';
import { noteInEnglish, noteSchema, wellFormedNote, type Note } from '../notes/note';
import { pageInfoSchema, postInfoSchema, rectSchema, viewportSchema, type StructuredPost } from './record';

/**
 * What the extractor in a page's frame answers (utils/extract/protocol.ts). It runs where the page can tamper with
 * what it sees, so its answer is data: copied through the bounded build of the evidence model (only the declared
 * members, every text and list bounded) before the background builds a record from it.
 */
export class BadPageAnswerError extends DokazError {
  override name = 'BadPageAnswerError';
}

const MAX_DOM = 200_000_000;

export function extractResultSchema(k: Kit) {
  return k.object({
    /** Milliseconds the page spent reading the post from the DOM (not scrolling, not waiting for paint). */
    readingMs: k.number,
    page: pageInfoSchema(k),
    post: k.nullable(postInfoSchema(k)),
    viewport: viewportSchema(k),
    locale: k.text(100),
    dom: k.nullable(k.text(MAX_DOM)),
    /** What was not captured as asked; the background writes their English sentences. */
    notes: k.list(noteSchema(k), 100),
  });
}

export function mediaFetchSchema(k: Kit) {
  return k.variant('ok', [
    k.object({ ok: k.literal(true), base64: k.text(MAX_DOM), mime: k.text(200), size: k.number }),
    k.object({ ok: k.literal(false), reason: noteSchema(k), size: k.nullable(k.number), retry: k.boolean }),
  ]);
}

export function postSliceSchema(k: Kit) {
  return k.object({
    /** The whole post's box in tab coordinates (not clipped). */
    box: rectSchema(k),
    /** The part of it on screen now, in tab coordinates. */
    visible: rectSchema(k),
    /** The post's bottom is on screen: no further slice is needed. */
    last: k.boolean,
  });
}

/** What a chat shows now, for a run through it (utils/extract/chat-view.ts). */
export function chatViewSchema(k: Kit) {
  return k.object({
    page: pageInfoSchema(k),
    viewport: viewportSchema(k),
    locale: k.text(100),
    /** The history's scroller: its position, and how far it can go. */
    scroll: k.object({ top: k.number, max: k.number }),
    /** The page is on screen (not a hidden tab). */
    visible: k.boolean,
    dom: k.nullable(k.text(MAX_DOM)),
    /** Every message the page holds now, oldest first. */
    messages: k.list(
      k.object({
        messageId: k.nullable(k.integer),
        /** Its part on screen, in the tab's coordinates; null when none is. */
        rect: k.nullable(rectSchema(k)),
        /** Whole on screen (or, taller than the screen, its top). */
        whole: k.boolean,
        /** Read as a post: not yet handled by the run. */
        post: k.nullable(postInfoSchema(k)),
        notes: k.list(noteSchema(k), 100),
      }),
      // t.me/s keeps every post it loaded: a channel's whole history, read a page of 20 at a time.
      20_000,
    ),
  });
}

const EXTRACT_RESULT = extractResultSchema(BOUNDED);
const CHAT_VIEW = BOUNDED.nullable(chatViewSchema(BOUNDED));
const MEDIA_FETCH = mediaFetchSchema(BOUNDED);
const POST_SLICE = BOUNDED.nullable(postSliceSchema(BOUNDED));

export type ExtractResult = v.InferOutput<typeof EXTRACT_RESULT>;
export type MediaFetchResult = v.InferOutput<typeof MEDIA_FETCH>;
export type PostSlice = v.InferOutput<ReturnType<typeof postSliceSchema>>;
export type ChatView = NonNullable<v.InferOutput<typeof CHAT_VIEW>>;
export type ChatViewMessage = ChatView['messages'][number];

function answer<T>(schema: Schema<T>, value: unknown): T {
  try {
    return parseWith(schema, value);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const detail = error.problems.slice(0, 3).map(problemInEnglish).join('; ');
    throw new BadPageAnswerError(text('error.badPageAnswer', { detail }), { cause: error });
  }
}

/**
 * The page's answer, copied. A site's post's English warnings are written again from its notes here: the page names
 * the notes, Dokaz words them, so that a record's sentences and notes never disagree, whatever the page sent.
 */
export function validateExtractResult(value: unknown): ExtractResult {
  const result = answer(EXTRACT_RESULT, value);
  return { ...result, ...wordedNotes(result) };
}

/** A page's notes kept as their templates have them, and a site's post's warnings worded again from its notes. */
function wordedNotes(part: { notes: Note[]; post: { structured: StructuredPost | null } | null }): { notes: Note[] } {
  const structured = part.post?.structured;
  if (structured) {
    structured.notes = (structured.notes ?? []).map(wellFormedNote);
    structured.warnings = structured.notes.map(noteInEnglish);
  }
  return { notes: part.notes.map(wellFormedNote) };
}
export function validateMediaFetch(value: unknown): MediaFetchResult {
  const result = answer(MEDIA_FETCH, value);
  return result.ok ? result : { ...result, reason: wellFormedNote(result.reason) };
}
export const validateSlice = (value: unknown): PostSlice | null => answer(POST_SLICE, value);

/** The chat's view, copied as an extraction is: each post's English warnings written again from its notes. */
export function validateChatView(value: unknown): ChatView | null {
  const view = answer(CHAT_VIEW, value);
  if (view) view.messages = view.messages.map((message) => ({ ...message, ...wordedNotes(message) }));
  return view;
}
