import type * as v from 'valibot';
import type { Kit } from '../schema/kit';
import type { Site, SiteExtractor, SiteMedia } from './site';
import { telegram } from './telegram';
import { telegramPostSchema } from './telegram/schema';

/**
 * The sites Dokaz reads beyond the generic page, in one place: each site (its extractors, tried in this order on a
 * page their `matches` accepts, and its media rule) and the schema of its structured post. Adding a site is a folder
 * beside telegram/ and its line in each list here; the core (capture, store, pack, report, dashboard) names none.
 */
export function structuredPostSchema(k: Kit) {
  return k.variant('platform', [telegramPostSchema(k)]);
}

export type StructuredPost = v.InferOutput<ReturnType<typeof structuredPostSchema>>;

const SITES: readonly Site<StructuredPost>[] = [telegram as Site<StructuredPost>];

export const SITE_EXTRACTORS: readonly SiteExtractor<StructuredPost>[] = SITES.flatMap((site) => site.extractors);

/** The post's own media as its site names it. */
export function siteMedia(post: StructuredPost, pageUrl: string): SiteMedia[] {
  const site = SITES.find((candidate) => candidate.platform === post.platform);
  return site ? site.media(post, pageUrl) : [];
}
