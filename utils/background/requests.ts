import type { Request, Requests, RequestType } from '../messages';
import type { DokazApi } from './api';

/**
 * Each request's handler (utils/messages.ts declares its name, arguments and reply): the same functions as the test
 * API, never a second path. The type checker asks for exactly one handler per request.
 */
type Handlers = {
  [K in RequestType]: (args: Requests[K]['args'], senderTab: number | undefined) => Promise<Requests[K]['reply']>;
};

export function createRequestHandlers(dokaz: DokazApi): Handlers {
  const done = () => null;
  return {
    deleteCapture: ({ id, reason }) => dokaz.deleteCapture(id, reason).then(done),
    exportPack: ({ selection, language }) => dokaz.exportPackToOutbox(selection, language),
    createCase: ({ input }) => dokaz.createCase(input),
    unlock: ({ secret, recoveryCode }) =>
      (recoveryCode ? dokaz.unlockWithRecoveryCode : dokaz.unlock)(secret).then(done),
    lock: () => dokaz.lock().then(done),
    setPassphrase: ({ passphrase }) => dokaz.setPassphrase(passphrase),
    removePassphrase: () => dokaz.removePassphrase().then(done),
    updateCase: ({ id, patch }) => dokaz.updateCase(id, patch),
    setActiveCase: ({ id }) => dokaz.setActiveCase(id).then(done),
    annotate: ({ captureId, patch }) => dokaz.annotate(captureId, patch),
    updateCatalogueEntry: ({ kind, key, patch }) => dokaz.updateCatalogueEntry(kind, key, patch),
    // The asking page's tab is on screen (its button was clicked there), and the page leaves by itself.
    quickExit: (_args, senderTab) => dokaz.quickExit(undefined, { leavingTab: senderTab }).then(done),
    wipe: () => dokaz.wipe().then(done),
    makeSigningKey: () => dokaz.makeSigningKey().then(done),
    beginRun: ({ tabId, options }) => dokaz.beginRun(tabId, options),
    getRun: async ({ runId }) => {
      const run = await dokaz.getRun(runId);
      // While locked, the panel may show how far a run went, never what it is about.
      if (!run || !(await dokaz.isLocked())) return run;
      return {
        ...run,
        chatTitle: null,
        notFound: run.notFound.map(({ messageId }) => ({ chatPeerId: null, messageId })),
      };
    },
    pauseRun: ({ runId }) => dokaz.pauseRun(runId).then(done),
    resumeRun: ({ runId }) => dokaz.resumeRun(runId).then(done),
    stopRun: ({ runId }) => dokaz.stopRun(runId).then(done),
    runInTab: ({ tabId }) => dokaz.runInTab(tabId),
    clickedMessage: ({ tabId }) => dokaz.clickedMessage(tabId),
  };
}

/** What the background does for a page's request. */
export function answerRequest(handlers: Handlers, request: Request, senderTab: number | undefined): Promise<unknown> {
  const handler = handlers[request.type] as (args: unknown, senderTab: number | undefined) => Promise<unknown>;
  return handler(request.args, senderTab);
}
