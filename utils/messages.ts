import type { Text } from './i18n/translate';
import { isLocale, type Locale } from './i18n/locales';
import type { AnnotationPatch, Case, CaseInput, ChatEntry } from './case-work/types';
import type { PackSelection } from './pack/types';

/**
 * The one protocol between the extension's pages and the background. Each
 * request names its reply; the background checks every request's shape.
 */
export interface Requests {
  deleteCapture: { args: { id: string; reason: string }; reply: null };
  /** Makes a pack and leaves its bytes in the store's outbox for the page to download (too large for a message). */
  exportPack: {
    args: { selection: PackSelection; language: Locale };
    reply: { outboxKey: string; fileName: string; size: number };
  };
  createCase: { args: { input: CaseInput & { name: string } }; reply: string };
  unlock: { args: { secret: string; recoveryCode: boolean }; reply: null };
  lock: { args: Record<string, never>; reply: null };
  /** Sets or changes the passphrase; the recovery code of a new one (shown once), or null. */
  setPassphrase: { args: { passphrase: string }; reply: string | null };
  removePassphrase: { args: Record<string, never>; reply: null };
  updateCase: { args: { id: string; patch: CaseInput }; reply: Case };
  setActiveCase: { args: { id: string | null }; reply: null };
  annotate: { args: { captureId: string; patch: AnnotationPatch }; reply: unknown };
  updateCatalogueEntry: {
    args: { kind: 'group' | 'account'; key: string; patch: { status?: ChatEntry['status']; note?: string } };
    reply: unknown;
  };
  /** Victim safety: every Dokaz page and the tab on screen leave for a neutral site, and Dokaz locks. */
  quickExit: { args: Record<string, never>; reply: null };
  /** Victim safety: deletes everything Dokaz keeps in this browser (the page has asked twice). */
  wipe: { args: Record<string, never>; reply: null };
  /** The key card: makes the signing key before the first export (issue 14). */
  makeSigningKey: { args: Record<string, never>; reply: null };
}

/** Sent by the background while a pack is being made. */
export interface ExportProgress {
  type: 'export-progress';
  percent: number;
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K; args: Requests[K]['args'] } }[T];
export type Reply<T extends RequestType> = { ok: true; value: Requests[T]['reply'] } | { ok: false; error: Text };

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const { type, args } = value as { type?: unknown; args?: unknown };
  if (type === 'deleteCapture') {
    const a = args as { id?: unknown; reason?: unknown } | null;
    return typeof a?.id === 'string' && typeof a.reason === 'string';
  }
  if (type === 'exportPack') {
    const a = args as { selection?: unknown; language?: unknown } | null;
    return isLocale(a?.language) && isSelection(a.selection);
  }
  const a = (typeof args === 'object' && args !== null ? args : {}) as Record<string, unknown>;
  switch (type) {
    case 'unlock':
      return typeof a.secret === 'string' && typeof a.recoveryCode === 'boolean';
    case 'lock':
    case 'removePassphrase':
      return true;
    case 'setPassphrase':
      return typeof a.passphrase === 'string';
    case 'createCase':
      return isObject(a.input) && typeof a.input.name === 'string' && isCaseInput(a.input);
    case 'updateCase':
      return typeof a.id === 'string' && isObject(a.patch) && isCaseInput(a.patch);
    case 'setActiveCase':
      return a.id === null || typeof a.id === 'string';
    case 'annotate':
      return typeof a.captureId === 'string' && isObject(a.patch) && isAnnotationPatch(a.patch);
    case 'quickExit':
    case 'wipe':
    case 'makeSigningKey':
      return isObject(args) && Object.keys(args).length === 0;
    case 'updateCatalogueEntry':
      return (
        (a.kind === 'group' || a.kind === 'account') &&
        typeof a.key === 'string' &&
        isObject(a.patch) &&
        optional(a.patch.status, (v) => typeof v === 'string') &&
        optional(a.patch.note, (v) => typeof v === 'string')
      );
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optional = (value: unknown, test: (value: unknown) => boolean) => value === undefined || test(value);
const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isCaseInput(input: Record<string, unknown>): boolean {
  return ['name', 'description', 'personAlias', 'status'].every((key) =>
    optional(input[key], (v) => typeof v === 'string'),
  );
}

function isAnnotationPatch(patch: Record<string, unknown>): boolean {
  return (
    optional(patch.caseId, (v) => v === null || typeof v === 'string') &&
    optional(patch.tags, isStringList) &&
    optional(patch.categories, isStringList) &&
    optional(patch.note, (v) => typeof v === 'string')
  );
}

function isSelection(value: unknown): value is PackSelection {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { all?: unknown; captureIds?: unknown; caseId?: unknown };
  if (s.all === true) return true;
  if (Array.isArray(s.captureIds)) return s.captureIds.every((id) => typeof id === 'string');
  return typeof s.caseId === 'string';
}
