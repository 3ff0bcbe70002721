import { currentName } from '../utils/case-work/catalogue';
import { fold, queryTerms } from '../utils/case-work/fold';
import type { AccountEntry, ChatEntry, Seen } from '../utils/case-work/types';

/**
 * What the catalogue's tables show of a group or an account, and their
 * filter and sort: pure, so that the tables re-sort as a person types.
 */
export interface CatalogueRow {
  key: string;
  name: string;
  /** Every username seen, newest first, without "@". */
  usernames: string[];
  /** Groups only: "channel", "supergroup", … as Telegram said. */
  type: string | null;
  /** Groups only: the member count last seen. */
  members: { count: number | null; text: string } | null;
  /** Accounts only: the current names of the groups it was seen in. */
  groups: string[];
  status: ChatEntry['status'];
  captures: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Every name, title and username ever seen, and the key, folded for the filter. */
  search: string;
}

export const SORT_KEYS = ['name', 'captures', 'lastSeen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  by: SortKey;
  descending: boolean;
}

/** Newest activity first: what a monitor looks at most. */
export const DEFAULT_SORT: Sort = { by: 'lastSeen', descending: true };

/** A column's first direction when chosen: names A to Z, the most captures and the newest first. */
export const firstDirection = (by: SortKey): boolean => by !== 'name';

export function groupRow(group: ChatEntry): CatalogueRow {
  const last = group.memberCounts.at(-1);
  return {
    key: group.key,
    name: currentName(group.titles, group.usernames, group.key),
    usernames: newestFirst(group.usernames),
    type: group.type,
    members: last ? { count: last.count, text: last.text } : null,
    groups: [],
    status: group.status,
    captures: group.captureIds.length,
    ...seenSpan(
      [...group.titles, ...group.usernames],
      group.memberCounts.map((m) => m.at),
    ),
    search: searchText(group.key, group.titles, group.usernames),
  };
}

export function accountRow(account: AccountEntry, groupNames: ReadonlyMap<string, string>): CatalogueRow {
  return {
    key: account.key,
    name: currentName(account.names, account.usernames, account.key),
    usernames: newestFirst(account.usernames),
    type: null,
    members: null,
    groups: account.chatKeys.map((key) => groupNames.get(key) ?? key),
    status: account.status,
    captures: account.captureIds.length,
    ...seenSpan([...account.names, ...account.usernames], []),
    search: searchText(account.key, account.names, account.usernames),
  };
}

/** Each group's current name by its key. */
export function groupNames(groups: readonly ChatEntry[]): Map<string, string> {
  return new Map(groups.map((g) => [g.key, currentName(g.titles, g.usernames, g.key)]));
}

/** The rows holding every word of the query (folded: "smokva" finds "Смоква", "@ana" finds "ana_jovic"). */
export function filterRows(rows: readonly CatalogueRow[], query: string): CatalogueRow[] {
  const terms = queryTerms(query);
  return rows.filter((row) => terms.every((term) => row.search.includes(term)));
}

export function sortRows(rows: readonly CatalogueRow[], sort: Sort, collator: Intl.Collator): CatalogueRow[] {
  const sign = sort.descending ? -1 : 1;
  const compare = (a: CatalogueRow, b: CatalogueRow): number => {
    if (sort.by === 'name') return collator.compare(a.name, b.name);
    if (sort.by === 'captures') return a.captures - b.captures;
    // An entry never seen with a date sorts as the oldest.
    return (a.lastSeen ?? '').localeCompare(b.lastSeen ?? '');
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.name, b.name) || cmp(a.key, b.key));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function newestFirst(list: readonly Seen[]): string[] {
  return [...list].sort((a, b) => cmp(b.lastSeen, a.lastSeen)).map((item) => item.value);
}

function seenSpan(
  history: readonly Seen[],
  more: readonly string[],
): { firstSeen: string | null; lastSeen: string | null } {
  const times = [...history.flatMap((s) => [s.firstSeen, s.lastSeen]), ...more].filter(Boolean).sort();
  return { firstSeen: times[0] ?? null, lastSeen: times.at(-1) ?? null };
}

function searchText(key: string, names: readonly Seen[], usernames: readonly Seen[]): string {
  return fold([key, ...names.map((n) => n.value), ...usernames.map((u) => u.value)].join('\n'));
}
