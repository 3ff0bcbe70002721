import type * as v from 'valibot';
import type { Kit } from '../schema/kit';
import type { ChatWalker, Observation, PostSummary, RunMessage, Site, SiteExtractor, SiteMedia } from './site';
import { telegram } from './telegram';
import { telegramPostSchema } from './telegram/schema';
import { x } from './x';
import { xPostSchema } from './x/schema';

/**
 * The sites Dokaz reads beyond the generic page, in one place: each site (its extractors, tried in this order on a
 * page their `matches` accepts, and its media rule) and the schema of its structured post. Adding a site is a folder
 * beside telegram/ and its line in each list here; the core (capture, store, pack, report, dashboard) names none.
 */
export function structuredPostSchema(k: Kit) {
  return k.variant('platform', [telegramPostSchema(k), xPostSchema(k)]);
}

export type StructuredPost = v.InferOutput<ReturnType<typeof structuredPostSchema>>;

const SITES = [telegram, x] as readonly Site<StructuredPost>[];

export const SITE_EXTRACTORS: readonly SiteExtractor<StructuredPost>[] = SITES.flatMap((site) => site.extractors);

function siteOf(post: StructuredPost): Site<StructuredPost> {
  const site = SITES.find((candidate) => candidate.platform === post.platform);
  if (!site) throw new Error(`No site is registered for the platform ${post.platform}`);
  return site;
}

/** The post's own media as its site names it. */
export function siteMedia(post: StructuredPost, pageUrl: string): SiteMedia[] {
  return siteOf(post).media(post, pageUrl);
}

/** The chat and the accounts the post shows, for the catalogue. */
export function siteObservation(post: StructuredPost): Observation {
  return siteOf(post).observe(post);
}

/** What the core knows of any site's post (search, the CSV export, the report's headings). */
export function summarize(post: StructuredPost): PostSummary {
  return siteOf(post).summarize(post);
}

/** How a run through a chat reads the page's site, or null where no run can go (utils/monitor/). */
export function chatWalkerFor(url: URL): ChatWalker | null {
  for (const site of SITES) {
    const walker = site.chats?.walkers.find((w) => w.matches(url));
    if (walker) return walker;
  }
  return null;
}

/** The post as a chat's message, for a run: null when it is not one. */
export function runMessage(post: StructuredPost): RunMessage | null {
  return siteOf(post).chats?.message(post) ?? null;
}
