import { browser } from 'wxt/browser';

/**
 * The page as a single MHTML file, where the browser can make one (Chrome's
 * pageCapture; Firefox has none and the serialized DOM is kept instead).
 */
export const hasPageCapture = !import.meta.env.FIREFOX;
const ATTEMPTS = 3;

interface PageCaptureApi {
  saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined>;
}

export async function saveMhtml(tabId: number): Promise<Blob> {
  const api = (browser as unknown as { pageCapture: PageCaptureApi }).pageCapture;
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const blob = await api.saveAsMHTML({ tabId });
      if (!blob) throw new Error('pageCapture returned nothing');
      // The first read of the blob after the browser starts can fail with
      // NotFoundError (seen in Chromium); reading it here lets a retry fix that.
      const bytes = await blob.arrayBuffer();
      return new Blob([bytes], { type: 'multipart/related' });
    } catch (error) {
      lastError = error;
      if (!(error instanceof DOMException && error.name === 'NotFoundError')) break;
    }
  }
  throw lastError;
}
