import type * as v from 'valibot';
import type { X_MEDIA_KINDS, X_VIEWS, xPostSchema } from './schema';

/** The types of an X structured post, as its schema (schema.ts, where each member is described) gives them. */
export type XStatusPost = v.InferOutput<ReturnType<typeof xPostSchema>>;
export type XUserRef = XStatusPost['author'];
export type XCount = XStatusPost['counts']['likes'];
export type XMedia = XStatusPost['media'][number];
export type XView = (typeof X_VIEWS)[number];
export type XMediaKind = (typeof X_MEDIA_KINDS)[number];

/** What the extractor returns: the structured post and the element that shows it (the post's article), for the crop. */
export interface ExtractedX {
  post: XStatusPost;
  element: Element;
}
