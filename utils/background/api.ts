import { browser } from 'wxt/browser';
import { createCapture, type CaptureInfo, type CaptureOptions, type CaptureTab } from '../capture/capture';
import { showDocumented, showFailed } from '../capture/feedback';
import { LAST_TARGET_KEY } from '../marker-protocol';
import type { ExportProgress } from '../messages';
import { exportCsv, type CsvKind, type CsvOptions } from '../store/export-csv';
import type { CaseInput } from '../case-work/types';
import { currentLocale } from '../i18n/language-setting';
import { createTranslator } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import type { PackSelection } from '../pack/types';
import { NEUTRAL_FILE_NAMES } from '../settings';
import { createExporter } from './export';
import { createMonitor } from '../monitor/run';
import { quickExit, type QuickExitOptions } from './quick-exit';
import { announceWiped, wipeEverything } from './wipe';
import type { Store } from '../store';

export const MENU_ITEM_ID = 'document-this';

/**
 * The background's functions: what the menu, the shortcut, the popup and the
 * pages call, and (as `globalThis.dokaz`) what tests and benchmarks call.
 * After a wipe the old store is closed for good: `reopen` makes the functions
 * again, on a new one.
 */
export function createDokazApi(store: Store, options: { reopen?: () => void } = {}) {
  const captureTab = createCapture(store);
  const monitor = createMonitor(store);
  const exporter = createExporter(store, browser.runtime.getManifest().version, {
    neutralNames: () => NEUTRAL_FILE_NAMES.read(),
  });

  /** The dashboard's export: the pack goes to the outbox, sealed, from where the page downloads it. */
  async function exportPackToOutbox(selection: PackSelection, language: Locale) {
    let shown = -1;
    const pack = await exporter.makePack(selection, {
      language,
      onProgress: (percent) => {
        // JSZip reports every 16 KB; the page needs a message per whole percent at most.
        if (Math.floor(percent) <= shown) return;
        shown = Math.floor(percent);
        browser.runtime
          .sendMessage({ type: 'export-progress', percent } satisfies ExportProgress)
          .catch(() => undefined);
      },
    });
    const outboxKey = await store.outbox.put(pack.blob);
    return { outboxKey, fileName: pack.fileName, size: pack.blob.size };
  }

  async function capture(info: CaptureInfo, tab: CaptureTab | undefined, options?: CaptureOptions): Promise<string> {
    try {
      const stored = await captureTab(info, tab, options);
      // The badge follows the stored capture; the caller need not wait for it.
      showDocumented(tab!.id!, stored.warnings.length + stored.skipped.length).catch(() => undefined);
      return stored.id;
    } catch (error) {
      await showFailed(tab?.id, error).catch(() => undefined);
      throw error;
    }
  }

  /** The shortcut: the frame with the latest right-click, or the whole page if there was none. */
  async function captureShortcut(tab: CaptureTab | undefined): Promise<string> {
    let frameId = 0;
    let latest = 0;
    if (tab?.id !== undefined) {
      const frames = await browser.scripting
        .executeScript({
          target: { tabId: tab.id, allFrames: true },
          func: (key: string) => ((globalThis as Record<string, unknown>)[key] as { at?: number } | undefined)?.at ?? 0,
          args: [LAST_TARGET_KEY],
        })
        .catch(() => []);
      for (const frame of frames) {
        if (typeof frame.result === 'number' && frame.result > latest)
          [latest, frameId] = [frame.result, frame.frameId];
      }
    }
    return capture({ menuItemId: MENU_ITEM_ID, frameId, pageUrl: tab?.url }, tab, {
      source: 'shortcut',
      wholePage: latest === 0,
    });
  }

  /** Deletes everything Dokaz keeps in this browser (utils/background/wipe.ts); the next use starts afresh. */
  async function wipe(): Promise<void> {
    try {
      // A run that went on would write into the store that follows.
      await monitor.stopAll();
      await wipeEverything(store);
    } finally {
      // Even after a half-done wipe: this store's connection is closed for good.
      options.reopen?.();
    }
    announceWiped();
  }

  /** What waited for the unlock in monitor mode: runs cut short while locked end, and locked runs' findings. */
  async function afterUnlock(): Promise<void> {
    await monitor.endInterrupted().catch(() => undefined);
    await monitor
      .settleLocked()
      .catch((error: unknown) => console.warn('Dokaz: a locked run was not worked out', error));
  }

  /** The key card's data (issue 14): the signing key's fingerprint and the day it was made; null before there is a key. */
  const keyInfo = () => store.signingKeyInfo();

  return {
    capture,
    captureShortcut,
    getCapture: store.getCapture,
    getArtifactData: store.getArtifactData,
    listCaptures: store.listCaptures,
    countCaptures: store.countCaptures,
    deleteCapture: store.deleteCapture,
    exportPack: exporter.exportPack,
    signingKeyInfo: keyInfo,
    /** Makes the signing key now rather than at the first export, so its card can be given before any pack. */
    makeSigningKey: async () => {
      await store.signingKeys();
      return keyInfo();
    },
    /** The lock (the victim-safety issue): what the settings and unlock screens call. */
    setPassphrase: store.setPassphrase,
    removePassphrase: store.removePassphrase,
    lock: store.lock,
    // At an unlock, a run a closed browser cut short while Dokaz was locked is ended too (its row was sealed).
    unlock: async (passphrase: string) => {
      await store.unlock(passphrase);
      await afterUnlock();
    },
    unlockWithRecoveryCode: async (code: string) => {
      await store.unlockWithRecoveryCode(code);
      await afterUnlock();
    },
    isLocked: store.isLocked,
    hasPassphrase: store.hasPassphrase,
    /** Case work (the case-work issue): the functions the dashboard and popup call. */
    createCase: async (input: CaseInput & { name: string }) => (await store.createCase(input)).id,
    updateCase: store.updateCase,
    listCases: store.listCases,
    setActiveCase: store.setActiveCase,
    getActiveCase: store.getActiveCase,
    annotate: store.annotate,
    getAnnotation: store.getAnnotation,
    search: store.search,
    catalogue: store.catalogue,
    updateCatalogueEntry: store.updateCatalogueEntry,
    /** A CSV (UTF-8 with BOM) of captures or of the catalogue, in the interface's language unless `language` says. */
    exportCsv: async (kind: CsvKind, options: CsvOptions & { language?: Locale } = {}) =>
      exportCsv(store, createTranslator(options.language ?? (await currentLocale())), kind, options),
    exportPackToOutbox,
    custodyLog: store.custodyLog,
    verifyCustody: store.verifyCustody,
    /** Victim safety: the quick exit (the shortcut's, with the tab it was pressed in) and "Delete everything". */
    quickExit: async (tab?: { id?: number }, options?: QuickExitOptions) => {
      // Every run stops at once (its tab may be the one that stays); the exit does not wait for their records.
      void monitor.stopAll();
      await quickExit(tab, options);
    },
    wipe,
    /** Monitor mode (utils/monitor/): a run through a whole chat, and what the side panel does to it as it goes. */
    documentChat: monitor.documentChat,
    beginRun: monitor.beginRun,
    runInTab: monitor.runInTab,
    clickedMessage: monitor.clickedMessage,
    getRun: monitor.getRun,
    pauseRun: monitor.pauseRun,
    resumeRun: monitor.resumeRun,
    stopRun: monitor.stopRun,
    endInterruptedRuns: monitor.endInterrupted,
  };
}

export type DokazApi = ReturnType<typeof createDokazApi>;
