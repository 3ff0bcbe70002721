import { browser } from 'wxt/browser';
import { fileNameFor } from '@/utils/safety/file-names';
import { NEUTRAL_FILE_NAMES } from '@/utils/settings';

/**
 * Saves a file the page made (a CSV) through the downloads API, as the packs
 * are saved, under `dokaz-<label>-<date>.<extension>` or a neutral name
 * (utils/safety/file-names.ts); the name it was saved under.
 */
export async function saveFile(blob: Blob, label: string, extension: string): Promise<string> {
  const fileName = fileNameFor(label, extension, new Date(), await NEUTRAL_FILE_NAMES.read());
  const url = URL.createObjectURL(blob);
  try {
    await browser.downloads.download({ url, filename: fileName, saveAs: false });
  } finally {
    // The download has its own copy once it started; keep the URL a little for slow starts.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return fileName;
}
