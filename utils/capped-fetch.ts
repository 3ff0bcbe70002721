import { note, type Note } from './notes/note';
/**
 * Fetches one media item with a size limit, reading no more than the limit.
 * Used in the page (so cookies and blob: URLs work, as for the page's own
 * photos) and, when the page may not read a cross-origin item, by the
 * extension itself, without cookies (utils/capture/media-policy.ts).
 */
export type CappedFetchResult =
  /** `url`: where the answer came from, after any redirect. */
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; mime: string; size: number; url: string }
  | { ok: false; reason: Note; size: number | null; retry: boolean };

export async function cappedFetch(
  url: string,
  maxBytes: number,
  {
    credentials = 'include',
    redirect = 'follow',
    fetcher = fetch,
  }: { credentials?: RequestCredentials; redirect?: RequestRedirect; fetcher?: typeof fetch } = {},
): Promise<CappedFetchResult> {
  let response: Response;
  try {
    response = await fetcher(url, redirect === 'follow' ? { credentials } : { credentials, redirect });
  } catch (error) {
    // A cross-origin item the page may not read fails here; the extension can try again.
    return {
      ok: false,
      reason: note('skippedNotLoaded', { detail: String(error) }),
      size: null,
      retry: !url.startsWith('blob:'),
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const { status, statusText } = response;
    const reason = statusText.trim()
      ? note('skippedServer', { status, statusText: statusText.trim() })
      : note('skippedServerStatus', { status });
    return { ok: false, reason, size: null, retry: false };
  }
  const declared = Number(response.headers.get('content-length')) || null;
  if (declared !== null && declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, reason: tooLarge(declared, maxBytes, false), size: declared, retry: false };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: tooLarge(size, maxBytes, true), size: null, retry: false };
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  const mime = (response.headers.get('content-type') ?? '').split(';')[0]!.trim() || 'application/octet-stream';
  return { ok: true, bytes, mime, size, url: response.url || url };
}

function tooLarge(size: number, maxBytes: number, atLeast: boolean): Note {
  const mb = (n: number) => Math.round(n / 1_048_576);
  return note(atLeast ? 'skippedTooLargeAtLeast' : 'skippedTooLarge', { size: mb(size), limit: mb(maxBytes) });
}
