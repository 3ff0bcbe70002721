import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExportState } from '@/components/ExportPanel';
import { useI18n } from '@/components/i18n';
import { describeError } from '@/utils/errors';
import type { Locale } from '@/utils/i18n/locales';
import type { ExportProgress } from '@/utils/messages';
import type { PackSelection } from '@/utils/pack/types';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';

/**
 * Export from a page: the background makes and signs the pack and leaves it in
 * the store's outbox, sealed; the page takes it from there (which deletes it)
 * and saves it through the downloads API (a pack is too large to pass in a
 * message).
 */
export function useExport(store: Store) {
  const { locale, say } = useI18n();
  const [state, setState] = useState<ExportState>({ busy: false, percent: 0, totalBytes: 0, error: null, saved: null });
  // The report's language starts as the interface's; the person may choose the recipient's.
  const [language, setLanguage] = useState<Locale>(locale);

  useEffect(() => {
    const onMessage = (message: unknown) => {
      const progress = message as Partial<ExportProgress> | null;
      if (progress?.type === 'export-progress' && typeof progress.percent === 'number') {
        setState((s) => (s.busy ? { ...s, percent: progress.percent! } : s));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  async function run(selection: PackSelection, totalBytes: number): Promise<void> {
    setState({ busy: true, percent: 0, totalBytes, error: null, saved: null });
    try {
      const { outboxKey, fileName } = await sendRequest({
        type: 'exportPack',
        args: { selection, language },
      });
      const url = URL.createObjectURL(await store.outbox.take(outboxKey));
      try {
        await browser.downloads.download({ url, filename: fileName, saveAs: false });
      } finally {
        // The download has its own copy once it started; keep the URL a little for slow starts.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      setState({ busy: false, percent: 100, totalBytes, error: null, saved: fileName });
    } catch (error) {
      setState({ busy: false, percent: 0, totalBytes, error: describeError(error, say), saved: null });
    }
  }

  return { state, run, language, setLanguage };
}
