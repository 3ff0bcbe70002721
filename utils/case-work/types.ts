import type { CategoryKey } from '../i18n/catalog';

/**
 * Case work: what a monitor adds to the evidence, never changing it. Cases,
 * and each capture's annotation (its case, tags, abuse categories, a note),
 * live beside the captures; every change of an annotation is a custody event
 * (`annotated`) holding the hashes of the old and new values.
 */
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface Case {
  id: string;
  name: string;
  description: string;
  /** How the person harmed is called in this case (an alias, never required). */
  personAlias: string;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
}

export type CaseInput = Partial<Pick<Case, 'name' | 'description' | 'personAlias' | 'status'>>;

/** The abuse categories of the region's women's-rights organisations; the words are in the catalogs. */
export const CATEGORY_KEYS = [
  'threat',
  'harassment',
  'insult',
  'stalking',
  'incitement',
  'unsolicited-sexual',
  'sextortion',
  'forced-viewing',
  'intimate-images',
  'doxxing',
] as const satisfies readonly CategoryKey[];

export interface Annotation {
  captureId: string;
  caseId: string | null;
  tags: string[];
  categories: CategoryKey[];
  note: string;
  updatedAt: string;
}

/** What `annotate` takes: the fields to change; the others stay. */
export type AnnotationPatch = Partial<Pick<Annotation, 'caseId' | 'tags' | 'categories' | 'note'>>;

/** A value seen over time: a chat's title, an account's username. */
export interface Seen {
  value: string;
  firstSeen: string;
  lastSeen: string;
}

export interface ChatEntry {
  /** "peer:<Bot API id>", or "username:<name>" while the id is not known. */
  key: string;
  peerId: number | null;
  titles: Seen[];
  usernames: Seen[];
  /** Member or subscriber counts as they were shown, with when. */
  memberCounts: { count: number | null; text: string; at: string }[];
  type: string | null;
  link: string | null;
  /** Set by hand: whether the group is still there. */
  status: 'active' | 'gone' | 'unknown';
  note: string;
  captureIds: string[];
}

export interface AccountEntry {
  key: string;
  peerId: number | null;
  names: Seen[];
  usernames: Seen[];
  /** The chats (their keys) this account was seen in. */
  chatKeys: string[];
  status: 'active' | 'gone' | 'unknown';
  note: string;
  captureIds: string[];
}

export interface Catalogue {
  groups: ChatEntry[];
  accounts: AccountEntry[];
}

/** What search keeps of a capture: folded text and the fields the filters read. */
export interface SearchDoc {
  captureId: string;
  capturedAt: string;
  /** The page's host name, e.g. "web.telegram.org". */
  site: string;
  caseId: string | null;
  tags: string[];
  categories: string[];
  chatKey: string | null;
  accountKeys: string[];
  /** The run through a chat that made it (monitor mode); absent in docs made before runs. */
  runId?: string | null;
  /** Post text, note, chat and sender names, page title and URL, folded (see fold.ts). */
  text: string;
  /** What the list shows of the capture, so that it draws 10,000 rows without reading their records. */
  show: {
    title: string;
    url: string;
    thumbnailArtifactId: string | null;
    /** Warnings and media not kept. */
    notes: number;
    chat: string | null;
    sender: string | null;
    /** The start of the post's text. */
    excerpt: string;
  };
}

export interface SearchFilters {
  caseId?: string | null;
  tag?: string;
  category?: string;
  chatKey?: string;
  accountKey?: string;
  /** The captures of one run through a chat. */
  runId?: string;
  /** ISO dates (or date-times), inclusive: "2026-11-01" … "2026-11-30". */
  from?: string;
  to?: string;
  site?: string;
  sort?: 'newest' | 'oldest';
}
