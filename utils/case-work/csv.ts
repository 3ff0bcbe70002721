import Papa from 'papaparse';
import type { StoredCaptureView } from '../evidence/record';
import type { Translator } from '../i18n/translate';
import { summarize } from '../sites';
import { currentName, observe } from './catalogue';
import type { AccountEntry, Annotation, Case, ChatEntry, Seen } from './types';

/**
 * CSV for spreadsheets: RFC 4180 (commas, quotes and line breaks quoted,
 * CRLF between records) written by Papa Parse, in UTF-8 with a byte order
 * mark so that spreadsheet programs show Cyrillic as Cyrillic. A cell that
 * starts with = + - @ is prefixed with ' (Papa Parse's escapeFormulae): a
 * hostile post must not become a formula in a monitor's spreadsheet, and a
 * peer id such as -1001987654321 then stays text instead of a rounded number.
 */
export const BOM = '\uFEFF';

type Cell = string | number | null;

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** Ids as text: a spreadsheet would round -1001987654321 to -1.00199E+12. */
const idText = (id: number | null | undefined) => (id === null || id === undefined ? '' : String(id));
const list = (values: readonly string[]) => values.join('; ');
const history = (items: readonly Seen[]) =>
  list(items.map((item) => `${item.value} (${item.firstSeen.slice(0, 10)} – ${item.lastSeen.slice(0, 10)})`));
const firstSeen = (entry: ChatEntry | AccountEntry) =>
  [...(('titles' in entry ? entry.titles : entry.names) ?? []), ...entry.usernames].map((s) => s.firstSeen).sort()[0] ??
  '';
const lastSeen = (entry: ChatEntry | AccountEntry) =>
  [...(('titles' in entry ? entry.titles : entry.names) ?? []), ...entry.usernames]
    .map((s) => s.lastSeen)
    .sort()
    .at(-1) ?? '';

export function capturesCsv(
  captures: readonly { view: StoredCaptureView; annotation: Annotation | null }[],
  cases: readonly Case[],
  { t, catalog }: Translator,
): string {
  const caseName = new Map(cases.map((c) => [c.id, c.name]));
  const header = [
    t('csv.captureId'),
    t('csv.capturedAt'),
    t('csv.case'),
    t('csv.tags'),
    t('csv.categories'),
    t('csv.note'),
    t('csv.site'),
    t('csv.pageUrl'),
    t('csv.pageTitle'),
    t('csv.chat'),
    t('csv.chatId'),
    t('csv.messageId'),
    t('csv.link'),
    t('csv.sender'),
    t('csv.senderId'),
    t('csv.senderUsername'),
    t('csv.sentAt'),
    t('csv.text'),
    t('csv.recordSha256'),
  ];
  const rows = captures.map(({ view, annotation }) => {
    const post = view.post.structured ? summarize(view.post.structured) : null;
    const seen = observe(view);
    let site = '';
    try {
      site = new URL(view.page.url).hostname;
    } catch {
      // a capture of a page without a host (file:, data:) has no site
    }
    return [
      view.id,
      view.capturedAt,
      annotation?.caseId ? (caseName.get(annotation.caseId) ?? annotation.caseId) : '',
      list(annotation?.tags ?? []),
      list((annotation?.categories ?? []).map((key) => catalog.categories[key])),
      annotation?.note ?? '',
      site,
      view.page.url,
      view.page.title,
      seen.chat?.title ?? '',
      idText(seen.chat?.peerId),
      post?.id ?? '',
      post?.link ?? '',
      post?.author?.name ?? '',
      post?.author?.id ?? '',
      post?.author?.username ?? '',
      post?.date ?? '',
      post?.text || view.post.text,
      view.recordSha256,
    ];
  });
  return toCsv(header, rows);
}

export function groupsCsv(groups: readonly ChatEntry[], { t }: Translator): string {
  const header = [
    t('csv.key'),
    t('csv.peerId'),
    t('csv.title'),
    t('csv.titles'),
    t('csv.usernames'),
    t('csv.type'),
    t('csv.members'),
    t('csv.link'),
    t('csv.status'),
    t('csv.note'),
    t('csv.firstSeen'),
    t('csv.lastSeen'),
    t('csv.captures'),
  ];
  const rows = groups.map((group) => [
    group.key,
    idText(group.peerId),
    currentName(group.titles, group.usernames, group.key),
    history(group.titles),
    history(group.usernames),
    group.type ?? '',
    group.memberCounts.at(-1)?.text ?? '',
    group.link ?? '',
    t(`catalogue.status.${group.status}`),
    group.note,
    firstSeen(group),
    lastSeen(group),
    group.captureIds.length,
  ]);
  return toCsv(header, rows);
}

export function accountsCsv(
  accounts: readonly AccountEntry[],
  groups: readonly ChatEntry[],
  { t }: Translator,
): string {
  const groupName = new Map(groups.map((g) => [g.key, currentName(g.titles, g.usernames, g.key)]));
  const header = [
    t('csv.key'),
    t('csv.peerId'),
    t('csv.name'),
    t('csv.names'),
    t('csv.usernames'),
    t('csv.groups'),
    t('csv.status'),
    t('csv.note'),
    t('csv.firstSeen'),
    t('csv.lastSeen'),
    t('csv.captures'),
  ];
  const rows = accounts.map((account) => [
    account.key,
    idText(account.peerId),
    currentName(account.names, account.usernames, account.key),
    history(account.names),
    history(account.usernames),
    list(account.chatKeys.map((key) => groupName.get(key) ?? key)),
    t(`catalogue.status.${account.status}`),
    account.note,
    firstSeen(account),
    lastSeen(account),
    account.captureIds.length,
  ]);
  return toCsv(header, rows);
}
