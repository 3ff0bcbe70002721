import type * as v from 'valibot';
import type { Kit } from '../schema/kit';
import type {
  ChatWalker,
  Observation,
  PackedPost,
  PostSummary,
  RunMessage,
  Site,
  SiteExtractor,
  SiteFile,
  SiteMedia,
} from './site';
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

/** A capture of a pack as manifest.json lists it: its record's parts that sites read, and its files' paths. */
export interface PackedCapture {
  id: string;
  record: {
    capturedAt: string;
    post: { frameUrl: string; structured: StructuredPost | null };
    artifacts: readonly { id: string; kind: string; mime: string; size: number; sourceUrl?: string }[];
  };
  /** The path of each artifact in the pack, by its id. */
  files: Readonly<Record<string, string>>;
}

/**
 * The files the sites derive from a pack's captures (Telegram Desktop's export of each chat), sorted by path. The
 * pack's writer adds them and its verifier makes them again from the records: the same captures, the same bytes.
 */
export function siteFiles(captures: readonly PackedCapture[]): SiteFile[] {
  const files: SiteFile[] = [];
  for (const site of SITES) {
    if (!site.packFiles) continue;
    const posts: PackedPost<StructuredPost>[] = [];
    for (const { id, record, files: paths } of captures) {
      const post = record.post.structured;
      if (post?.platform !== site.platform) continue;
      const media = record.artifacts.flatMap((artifact) =>
        artifact.kind === 'media' && artifact.sourceUrl !== undefined && paths[artifact.id] !== undefined
          ? [{ sourceUrl: artifact.sourceUrl, path: paths[artifact.id]!, mime: artifact.mime, size: artifact.size }]
          : [],
      );
      posts.push({ captureId: id, capturedAt: record.capturedAt, frameUrl: record.post.frameUrl, post, media });
    }
    if (posts.length === 0) continue;
    for (const file of site.packFiles(posts)) {
      if (!file.path.startsWith(`${site.platform}/`)) {
        throw new Error(`A ${site.platform} pack file lies outside its folder: ${file.path}`);
      }
      files.push(file);
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
