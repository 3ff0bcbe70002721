import { canonicalJson } from '../canonical-json';
import type { CaptureRecord } from '../evidence/record';
import { sha256Hex } from '../hash';
import { runMessage } from '../sites';

/**
 * A chat's message as Dokaz has documented it: the captures that are its versions (a new one only when its text,
 * media or edited mark changed) and the runs through the chat that no longer found it. Derived from the records
 * (the versions) and the custody log (`not-found`), kept by the store (utils/store/message-index.ts).
 */
export interface MessageVersion {
  captureId: string;
  capturedAt: string;
  /** SHA-256 of the canonical JSON of the message's content (RunMessage.content): equal means unchanged. */
  fingerprint: string;
  runId: string | null;
}

export interface MessageEntry {
  /** `<chat key>#<message id>`. */
  key: string;
  chatKey: string;
  messageId: number;
  /** Oldest first; every capture of the message, runs' and right-clicks'. */
  versions: MessageVersion[];
  /** Each run that passed its place and did not find it, with when. */
  notFound: { runId: string; at: string }[];
}

export interface MessageFacts {
  key: string;
  chatKey: string;
  messageId: number;
  fingerprint: string;
  content: unknown;
  counters: unknown;
  date: string | null;
}

export const messageKey = (chatKey: string, messageId: number) => `${chatKey}#${messageId}`;

/**
 * The message a post is, with its version's fingerprint: as its site reads it, or, for a message no site's extractor
 * reads (a service message), by the place the run found it (`place`) and its text. Null for any other post.
 */
export async function factsOf(
  post: Pick<CaptureRecord['post'], 'structured' | 'text'>,
  place: { chatKey?: string; messageId?: number } | null = null,
): Promise<MessageFacts | null> {
  const message = post.structured ? runMessage(post.structured) : null;
  if (message) {
    return {
      key: messageKey(message.chatKey, message.messageId),
      chatKey: message.chatKey,
      messageId: message.messageId,
      fingerprint: await sha256Hex(canonicalJson(message.content)),
      content: message.content,
      counters: message.counters,
      date: message.date,
    };
  }
  if (place?.chatKey === undefined || place.messageId === undefined) return null;
  const content = { text: post.text };
  return {
    key: messageKey(place.chatKey, place.messageId),
    chatKey: place.chatKey,
    messageId: place.messageId,
    fingerprint: await sha256Hex(canonicalJson(content)),
    content,
    counters: null,
    date: null,
  };
}

/** The message a stored capture is (its post, or the place its run found it), or null. */
export const factsOfRecord = (record: Pick<CaptureRecord, 'post' | 'run'>) => factsOf(record.post, record.run ?? null);

/** The entry with one more version: the capture, after those before it (its place by capture time). */
export function withVersion(
  entry: MessageEntry | undefined,
  facts: Pick<MessageFacts, 'key' | 'chatKey' | 'messageId' | 'fingerprint'>,
  record: Pick<CaptureRecord, 'id' | 'capturedAt' | 'run'>,
): MessageEntry {
  const base = entry ?? {
    key: facts.key,
    chatKey: facts.chatKey,
    messageId: facts.messageId,
    versions: [],
    notFound: [],
  };
  if (base.versions.some((v) => v.captureId === record.id)) return base;
  const version: MessageVersion = {
    captureId: record.id,
    capturedAt: record.capturedAt,
    fingerprint: facts.fingerprint,
    runId: record.run?.id ?? null,
  };
  const versions = [...base.versions, version].sort((a, b) =>
    a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0,
  );
  return { ...base, versions };
}

/** The entry without a deleted capture; null when it was the message's only one. */
export function withoutVersion(entry: MessageEntry, captureId: string): MessageEntry | null {
  const versions = entry.versions.filter((v) => v.captureId !== captureId);
  return versions.length ? { ...entry, versions } : null;
}

/**
 * The versions of a message as a reader sees them: each capture that changed something, and what it changed, by the
 * content's members (`text`, `media`, `edited`, …). A capture equal to the one before it (a right-click of an
 * unchanged message, or a run made while locked) changes nothing and is listed as such.
 */
export function changedMembers(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => canonicalJson(a[name] ?? null) !== canonicalJson(b[name] ?? null))
    .sort();
}

/** A message's versions as the dashboard shows them: each with the members it changed (null for the first). */
export interface MessageHistory {
  messageId: number;
  versions: (MessageVersion & { changed: string[] | null })[];
  notFound: MessageEntry['notFound'];
}
