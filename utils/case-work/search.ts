import type { CaptureRecord } from '../evidence/record';
import { summarize } from '../sites';
import { observe } from './catalogue';
import { fold, queryTerms } from './fold';
import type { Annotation, SearchDoc, SearchFilters } from './types';

/** Enough of a long post to find it by; a search reads every doc on every key press. */
const MAX_TEXT = 20_000;

/** What search keeps of a capture and its annotation. */
export function buildSearchDoc(record: CaptureRecord, annotation: Annotation | null): SearchDoc {
  const seen = observe(record);
  const summary = record.post.structured ? summarize(record.post.structured) : null;
  const thumbnail =
    record.artifacts.find((a) => a.kind === 'post-screenshot') ??
    record.artifacts.find((a) => a.kind === 'viewport-screenshot');
  const words = [
    record.post.text,
    summary?.text ?? '',
    record.post.selection,
    annotation?.note ?? '',
    ...(annotation?.tags ?? []),
    seen.chat?.title ?? '',
    seen.chat?.username ?? '',
    ...seen.accounts.flatMap((account) => [account.name ?? '', account.username ?? '']),
    record.page.title,
    record.page.url,
  ];
  return {
    captureId: record.id,
    capturedAt: record.capturedAt,
    site: hostOf(record.page.url),
    caseId: annotation?.caseId ?? null,
    tags: annotation?.tags ?? [],
    categories: annotation?.categories ?? [],
    chatKey: seen.chat?.key ?? null,
    accountKeys: seen.accounts.map((account) => account.key),
    runId: record.run?.id ?? null,
    text: fold(words.filter(Boolean).join('\n')).slice(0, MAX_TEXT),
    show: {
      title: record.page.title,
      url: record.page.url,
      thumbnailArtifactId: thumbnail?.id ?? null,
      notes: record.warnings.length + record.skipped.length,
      chat: seen.chat?.title ?? (seen.chat?.username ? `@${seen.chat.username}` : null),
      sender: seen.accounts[0]?.name ?? (seen.accounts[0]?.username ? `@${seen.accounts[0].username}` : null),
      excerpt: (summary?.text || record.post.text).slice(0, 280),
    },
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The captures that match, newest first (or oldest): every word of the query
 * in the folded text, and every filter. Pure and synchronous, so the
 * dashboard runs it on its own copy of the docs as the person types, and the
 * background's `search` gives the same answer.
 */
export function searchCaptures(docs: readonly SearchDoc[], query: string, filters: SearchFilters = {}): string[] {
  return findDocs(docs, query, filters).map((doc) => doc.captureId);
}

/** searchCaptures, giving the docs themselves (what the list draws). */
export function findDocs(docs: readonly SearchDoc[], query: string, filters: SearchFilters = {}): SearchDoc[] {
  const terms = queryTerms(query);
  const from = filters.from ? dayStart(filters.from) : null;
  const to = filters.to ? dayEnd(filters.to) : null;
  const matches = docs.filter(
    (doc) =>
      (filters.caseId === undefined || doc.caseId === filters.caseId) &&
      (!filters.tag || doc.tags.includes(filters.tag)) &&
      (!filters.category || doc.categories.includes(filters.category)) &&
      (!filters.chatKey || doc.chatKey === filters.chatKey) &&
      (!filters.accountKey || doc.accountKeys.includes(filters.accountKey)) &&
      (!filters.runId || doc.runId === filters.runId) &&
      (!filters.site || doc.site === filters.site) &&
      (from === null || doc.capturedAt >= from) &&
      (to === null || doc.capturedAt <= to) &&
      terms.every((term) => doc.text.includes(term)),
  );
  const newest = (filters.sort ?? 'newest') === 'newest';
  matches.sort((a, b) =>
    a.capturedAt === b.capturedAt
      ? a.captureId.localeCompare(b.captureId)
      : (a.capturedAt < b.capturedAt ? -1 : 1) * (newest ? -1 : 1),
  );
  return matches;
}

/** "2026-11-23" as the first instant of that day, UTC (capture times are UTC). */
function dayStart(date: string): string {
  return date.length === 10 ? `${date}T00:00:00.000Z` : date;
}

function dayEnd(date: string): string {
  return date.length === 10 ? `${date}T23:59:59.999Z` : date;
}
