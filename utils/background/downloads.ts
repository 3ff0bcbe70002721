import { browser } from 'wxt/browser';

/**
 * Takes Dokaz's own entries out of the browser's download list (the
 * victim-safety issue): the list shows every saved pack and table by name and
 * folder to whoever opens it. Only the entries go (`downloads.erase`); the
 * files stay where they were saved. An entry is Dokaz's when the browser says
 * Dokaz made it (`byExtensionId`); other downloads are not touched, nor
 * one of Dokaz's still being saved.
 */
export async function eraseDokazDownloads(): Promise<number> {
  // Not one still being saved: erasing it would cancel it (the pack or table would be lost, not only its entry).
  const ours = (await browser.downloads.search({})).filter(
    (item) => item.byExtensionId === browser.runtime.id && item.state !== 'in_progress',
  );
  await Promise.all(ours.map((item) => browser.downloads.erase({ id: item.id })));
  return ours.length;
}
