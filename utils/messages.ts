/**
 * The one protocol between the extension's pages and the background. Each
 * request names its reply; the background checks every request's shape.
 */
export interface Requests {
  deleteCapture: { args: { id: string; reason: string }; reply: null };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { type: T; args: Requests[T]['args'] };
export type Reply<T extends RequestType> = { ok: true; value: Requests[T]['reply'] } | { ok: false; error: string };

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const { type, args } = value as { type?: unknown; args?: unknown };
  if (type === 'deleteCapture') {
    const a = args as { id?: unknown; reason?: unknown } | null;
    return typeof a?.id === 'string' && typeof a.reason === 'string';
  }
  return false;
}
