import * as v from 'valibot';
import type { Text } from './i18n/translate';
import { LOCALES } from './i18n/locales';
import { CASE_STATUSES, CATEGORY_KEYS, type Case } from './case-work/types';
import { RUN_DIRECTIONS, selectionSchema } from './evidence/manifest';
import type { RunResult } from './case-work/runs';
import { STRICT } from './schema/kit';
import { parseWith } from './schema/problems';

/**
 * The one protocol between the extension's pages and the background: each request declared once, here, by its name
 * and the schema of its arguments (from which their type derives), with its reply's type below; its handler is the
 * background's table (entrypoints/background/requests.ts), which the type checker holds to exactly these names. The
 * background checks every request against its schema: members it does not know are refused.
 */
const k = STRICT;
const none = k.object({});
/** A member a page may leave out (Firefox's messages keep a member set to undefined; Chrome's drop it). */
const maybe = <S extends v.GenericSchema>(schema: S) => v.optional(schema);
const caseFields = {
  description: maybe(k.text()),
  personAlias: maybe(k.text()),
  status: maybe(k.oneOf(CASE_STATUSES)),
};

export const REQUEST_ARGS = {
  deleteCapture: k.object({ id: k.text(), reason: k.text() }),
  /** Makes a pack and leaves its bytes in the store's outbox for the page to download (too large for a message). */
  exportPack: k.object({ selection: selectionSchema(k), language: k.oneOf(LOCALES) }),
  createCase: k.object({ input: k.object({ name: k.text(), ...caseFields }) }),
  unlock: k.object({ secret: k.text(), recoveryCode: k.boolean }),
  lock: none,
  /** Sets or changes the passphrase; the recovery code of a new one (shown once), or null. */
  setPassphrase: k.object({ passphrase: k.text() }),
  removePassphrase: none,
  updateCase: k.object({ id: k.text(), patch: k.object({ name: maybe(k.text()), ...caseFields }) }),
  setActiveCase: k.object({ id: k.nullable(k.text()) }),
  annotate: k.object({
    captureId: k.text(),
    patch: k.object({
      caseId: maybe(k.nullable(k.text())),
      tags: maybe(k.list(k.text())),
      categories: maybe(k.list(k.oneOf(CATEGORY_KEYS))),
      note: maybe(k.text()),
    }),
  }),
  updateCatalogueEntry: k.object({
    kind: k.oneOf(['group', 'account'] as const),
    key: k.text(),
    patch: k.object({ status: maybe(k.oneOf(['active', 'gone', 'unknown'] as const)), note: maybe(k.text()) }),
  }),
  /** Victim safety: every Dokaz page and the tab on screen leave for a neutral site, and Dokaz locks. */
  quickExit: none,
  /** Victim safety: deletes everything Dokaz keeps in this browser (the page has asked twice). */
  wipe: none,
  /** The key card: makes the signing key before the first export (issue 14). */
  makeSigningKey: none,
  /** Monitor mode's side panel: a run through the chat in a tab, its progress, and what the monitor does to it. */
  beginRun: k.object({
    tabId: k.integer,
    options: k.object({
      direction: k.oneOf(RUN_DIRECTIONS),
      limit: maybe(k.nullable(k.integer)),
      until: maybe(k.nullable(k.text(100))),
      fromMessageId: maybe(k.nullable(k.integer)),
    }),
  }),
  getRun: k.object({ runId: k.text(100) }),
  pauseRun: k.object({ runId: k.text(100) }),
  resumeRun: k.object({ runId: k.text(100) }),
  stopRun: k.object({ runId: k.text(100) }),
  runInTab: k.object({ tabId: k.integer }),
  clickedMessage: k.object({ tabId: k.integer }),
};

/** What each request answers. */
interface Replies {
  deleteCapture: null;
  exportPack: { outboxKey: string; fileName: string; size: number };
  createCase: string;
  unlock: null;
  lock: null;
  setPassphrase: string | null;
  removePassphrase: null;
  updateCase: Case;
  setActiveCase: null;
  annotate: unknown;
  updateCatalogueEntry: unknown;
  quickExit: null;
  wipe: null;
  makeSigningKey: null;
  beginRun: string;
  getRun: RunResult | null;
  pauseRun: null;
  resumeRun: null;
  stopRun: null;
  runInTab: string | null;
  clickedMessage: number | null;
}

export type RequestType = keyof typeof REQUEST_ARGS & keyof Replies;
export type Requests = { [K in RequestType]: { args: v.InferOutput<(typeof REQUEST_ARGS)[K]>; reply: Replies[K] } };
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K; args: Requests[K]['args'] } }[T];
export type Reply<T extends RequestType> = { ok: true; value: Requests[T]['reply'] } | { ok: false; error: Text };

/** Sent by the background while a pack is being made. */
export interface ExportProgress {
  type: 'export-progress';
  percent: number;
}

/** The request a message is, checked against its schema, or null when it is none. */
export function parseRequest(message: unknown): Request | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, args } = message as { type?: unknown; args?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(REQUEST_ARGS, type)) return null;
  try {
    return { type, args: parseWith(REQUEST_ARGS[type as RequestType], args) } as Request;
  } catch {
    return null;
  }
}

export const isRequest = (message: unknown): message is Request => parseRequest(message) !== null;
