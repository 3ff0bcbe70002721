import type { Text } from './i18n/translate';
import { isLocale, type Locale } from './i18n/locales';
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
  return false;
}

function isSelection(value: unknown): value is PackSelection {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { all?: unknown; captureIds?: unknown; caseId?: unknown };
  if (s.all === true) return true;
  if (Array.isArray(s.captureIds)) return s.captureIds.every((id) => typeof id === 'string');
  return typeof s.caseId === 'string';
}
