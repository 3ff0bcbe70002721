import { browser } from 'wxt/browser';

/** Saves a file the page made (a CSV) through the downloads API, as the packs are saved. */
export async function saveFile(blob: Blob, fileName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  try {
    await browser.downloads.download({ url, filename: fileName, saveAs: false });
  } finally {
    // The download has its own copy once it started; keep the URL a little for slow starts.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
